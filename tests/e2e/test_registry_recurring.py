"""Recurring duties of the demo table (seed 000 items 13, 19), and the table's lead units."""

from typing import Any

import httpx
import pytest

from tests.e2e.notifications_support import outbox_events, wait_item
from tests.e2e.registry_helpers import (
    ADMIN,
    ENV,
    FIN,
    GOV,
    URBAN,
    counts,
    registry_clock,
    set_clock,
)
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack
ONLY_COLLECTIVES = (1, 8, 15, 18, 27, 28, 31)


async def _seeded(http: httpx.AsyncClient, stack: Stack) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"source": "responsibility_table", "limit": 200}
        if cursor:
            params["cursor"] = cursor
        response = await http.get(
            stack.url("registry") + "/tasks", params=params, headers=token(GOV)
        )
        assert response.status_code == 200, response.text
        items += response.json()["items"]
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return items


def _item(tasks: list[dict[str, Any]], no: int) -> dict[str, Any]:
    (task,) = [t for t in tasks if t["item_no"] == no]
    return task


async def _occurrences(
    http: httpx.AsyncClient, stack: Stack, task_id: str, by: str = GOV
) -> dict[str, Any]:
    url = f"{stack.url('registry')}/tasks/{task_id}/occurrences"
    response = await http.get(url, headers=token(by))
    assert response.status_code == 200, response.text
    return {o["period"]: o for o in response.json()}


async def _run(http: httpx.AsyncClient, stack: Stack) -> dict[str, Any]:
    response = await http.post(stack.url("registry") + "/jobs/period-duties", headers=ADMIN)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def test_demo_table_leads_as_written_items_1_8_15_18_27_28_31_and_item_1_date(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    tasks = await _seeded(http, stack)
    gov_led = sorted({t["item_no"] for t in tasks if t["lead_unit"] == GOV})
    assert gov_led == [4, 13]  # 市政府办公厅 is named in these two, not in the seven
    for no in ONLY_COLLECTIVES:
        copies = [t for t in tasks if t["item_no"] == no]
        leads = {t["lead_unit"] for t in copies}
        assert GOV not in leads and {FIN, ENV, "SZ-FUTIAN"} <= leads, no
        assert len(leads) == len(copies) and all(t["co_units"] == [] for t in copies), no
    # Item 1's target gives no date: the file's rule, 2006-12-31.
    assert {t["deadline"] for t in tasks if t["item_no"] == 1} == {"2006-12-31"}
    # The task people see says how it recurs.
    assert _item(tasks, 13)["recurrence"] == "quarterly"
    assert _item(tasks, 13)["due_rule"] == {"working_days_after": 10}
    assert _item(tasks, 19)["recurrence"] == "quarterly"


async def test_recurring_item_13_and_19_get_one_occurrence_per_quarter_overdue_then_late(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    tasks = await _seeded(http, stack)
    item13, item19 = _item(tasks, 13), _item(tasks, 19)
    async with registry_clock(http, stack, "2028-01-20T10:00:00+08:00"):
        await _run(http, stack)
        again = await _run(http, stack)
        q1 = (await _occurrences(http, stack, item13["id"]))["2028-Q1"]
        assert again["occurrences_opened"] == 0  # one occurrence per period, however often
        assert q1["status"] == "open" and q1["starts_on"] == "2028-01-01"
        assert q1["ends_on"] == "2028-03-31" and q1["due"] > "2028-04-07"  # 10 working days
        # Item 19's joint meeting is due within its quarter.
        meeting = (await _occurrences(http, stack, item19["id"]))["2028-Q1"]
        assert meeting["due"] == "2028-03-31"
        # The co-responsible units (every city department, every district) see the period open.
        opened = [
            e
            for e in await outbox_events(
                stack, "registry", "registry.occurrence.opened.v1", item13["id"]
            )
            if e.data["period"] == "2028-Q1"
        ]
        assert len(opened) == 1
        item = await wait_item(http, stack, FIN, opened[0])
        assert item["rule"] == "R3" and item["data"]["due"] == q1["due"]
        task = (
            await http.get(f"{stack.url('registry')}/tasks/{item13['id']}", headers=token(GOV))
        ).json()
        assert task["deadline"] >= q1["due"] and task["status"] in ("assigned", "in_progress")

        await set_clock(http, stack, "2028-04-20T10:00:00+08:00")
        run = await _run(http, stack)
        assert run["occurrences_overdue"] >= 2
        periods = await _occurrences(http, stack, item13["id"])
        assert periods["2028-Q1"]["status"] == "overdue" and periods["2028-Q2"]["status"] == "open"
        overdue = [
            e
            for e in await outbox_events(
                stack, "registry", "registry.occurrence.status_changed.v1", item13["id"]
            )
            if e.data["period"] == "2028-Q1"
        ]
        assert [e.data["to_status"] for e in overdue] == ["overdue"]
        assert (await wait_item(http, stack, URBAN, overdue[0]))["rule"] == "R3"

        url = f"{stack.url('registry')}/tasks/{item13['id']}/occurrences"
        before = await counts(stack)
        refused = {
            "co-unit": await http.put(f"{url}/2028-Q1", json={"progress": 100}, headers=token(FIN)),
            "no-period": await http.put(f"{url}/2028-Q5", json={"progress": 1}, headers=token(GOV)),
            "half": await http.put(f"{url}/2028-H1", json={"progress": 1}, headers=token(GOV)),
            "over-100": await http.put(
                f"{url}/2028-Q1", json={"progress": 101}, headers=token(GOV)
            ),
            "a-string": await http.put(
                f"{url}/2028-Q1", json={"progress": "50"}, headers=token(GOV)
            ),
        }
        assert {k: r.status_code for k, r in refused.items()} == {
            "co-unit": 403,
            "no-period": 422,
            "half": 404,
            "over-100": 422,
            "a-string": 422,
        }
        assert all(
            r.headers["content-type"] == "application/problem+json" for r in refused.values()
        )
        assert await counts(stack) == before

        half = await http.put(f"{url}/2028-Q2", json={"progress": 40}, headers=token(GOV))
        assert half.status_code == 200 and half.json()["progress"] == 40
        done = await http.put(f"{url}/2028-Q1", json={"progress": 100}, headers=token(GOV))
        assert done.status_code == 200, done.text
        assert (
            done.json()["status"] == "completed_late" and done.json()["finished_on"] == "2028-04-20"
        )
        assert (
            await http.put(f"{url}/2028-Q1", json={"progress": 90}, headers=token(GOV))
        ).status_code == 409
        # Each period keeps its own status: Q2 is still open at 40%.
        periods = await _occurrences(http, stack, item13["id"])
        assert (periods["2028-Q2"]["status"], periods["2028-Q2"]["progress"]) == ("open", 40)


async def test_a_recurring_task_has_a_deadline_per_period_and_bad_rules_are_refused(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    body = {
        "work_item": "区级监督部门半年报告",
        "content": "各区行政监督部门每半年向市级报告一次责任追究工作情况",
        "target": "每半年报告",
        "source": "meeting_decision",  # the demo table's own source is the seed's alone
        "lead_unit": ENV,
        "co_units": [],
        "recurrence": {"every": "half_yearly", "days_after": 15},
    }
    url = stack.url("registry") + "/tasks"
    async with registry_clock(http, stack, "2027-05-10T10:00:00+08:00"):
        before = await counts(stack)
        bad = {
            "with-deadline": {**body, "deadline": "2027-12-31"},
            "two-rules": {
                **body,
                "recurrence": {"every": "yearly", "days_after": 1, "by_month": 2},
            },
            "no-rule": {**body, "recurrence": {"every": "yearly"}},
            "month-past-quarter": {**body, "recurrence": {"every": "quarterly", "by_month": 4}},
            "monthly": {**body, "recurrence": {"every": "monthly", "days_after": 1}},
        }
        for name, wrong in bad.items():
            response = await http.post(url, json=wrong, headers=token(GOV))
            assert response.status_code == 422, (name, response.text)
            assert response.headers["content-type"] == "application/problem+json"
        assert await counts(stack) == before

        created = await http.post(url, json=body, headers=token(GOV))
        assert created.status_code == 201, created.text
        task = created.json()
        assert task["recurrence"] == "half_yearly" and task["deadline"] == "2027-07-15"
        (period,) = (await _occurrences(http, stack, task["id"], by=ENV)).values()
        assert (period["period"], period["due"], period["status"]) == (
            "2027-H1",
            "2027-07-15",
            "open",
        )
