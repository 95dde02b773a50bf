"""Registry tasks end to end: assignment, deadlines, lifecycle, decomposition, access, list."""

import subprocess
import sys

import httpx
import pytest

from services.registry.tasks.seed import load_table
from tests.e2e.notifications_support import outbox_events, wait_item
from tests.e2e.registry_helpers import (
    ENV,
    FIN,
    GOV,
    LEGAL,
    SUP,
    URBAN,
    act,
    assign,
    counts,
    registry_clock,
    task_body,
)
from tests.support.stack import ROOT, Stack, token

pytestmark = pytest.mark.stack


async def _all(http: httpx.AsyncClient, stack: Stack, by: str, **params: str | int) -> list[dict]:
    items: list[dict] = []
    cursor = None
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        response = await http.get(stack.url("registry") + "/tasks", params=query, headers=token(by))
        assert response.status_code == 200, response.text
        page = response.json()
        items += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return items


async def test_seed_loads_the_31_items_in_10_groups_idempotently(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    subprocess.run(
        [sys.executable, "-m", "services.registry", "seed"],
        check=True,
        cwd=ROOT,
        env=stack.env("registry"),
    )
    items = await _all(http, stack, GOV, source="responsibility_table", limit=200)
    # Items naming only collectives are one task per unit (test_registry_recurring.py).
    assert len(items) == len(load_table()[2]) and len(items) > 31
    assert {i["group_no"] for i in items} == set(range(1, 11))
    assert sorted({i["item_no"] for i in items}) == list(range(1, 32))
    first = next(i for i in items if i["item_no"] == 2)
    assert first["content"] == "印发“1＋6”文件小册子"
    assert first["lead_unit"] == SUP and first["deadline"] == "2005-12-31"
    assert first["responsible_text"] == "市监察局"


async def test_top_level_tasks_are_assigned_by_gov_office_only(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    before = await counts(stack)
    response = await http.post(
        stack.url("registry") + "/tasks", json=task_body(), headers=token(FIN)
    )
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"
    assert await counts(stack) == before
    task = await assign(http, stack)
    assert task["status"] == "assigned" and task["assigned_by"] == GOV
    event = await stack.fetch(
        "registry",
        "select event_type, payload from outbox where key = $1",
        task["id"],
    )
    assert [e["event_type"] for e in event] == ["registry.task.assigned.v1"]


BAD = {
    "unknown-lead": task_body(lead_unit="SZ-NOWHERE"),
    "unknown-co-unit": task_body(co_units=["SZ-NOWHERE"]),
    "deadline-before-assignment": task_body(deadline_working_days=None, deadline="2020-01-01"),
    "both-deadlines": task_body(deadline="2030-01-01"),
    "no-deadline": task_body(deadline_working_days=None),
    "unknown-source": task_body(source="rumour"),
    "unknown-field": task_body(priority="high"),
    "lead-repeated-as-co": task_body(co_units=[ENV]),
}


@pytest.mark.parametrize("case", BAD, ids=list(BAD))
async def test_bad_task_is_422_and_writes_nothing(
    stack: Stack, http: httpx.AsyncClient, case: str
) -> None:
    before = await counts(stack)
    response = await http.post(stack.url("registry") + "/tasks", json=BAD[case], headers=token(GOV))
    assert response.status_code == 422, response.text
    assert response.json()["type"].endswith("/validation-error")
    assert await counts(stack) == before


async def test_working_day_deadline_skips_national_day_and_counts_adjusted_saturday(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    async with registry_clock(http, stack, "2026-09-30T10:00:00+08:00"):
        task = await assign(http, stack, deadline_working_days=3)
    # 1-7 Oct are holidays; Thu 8, Fri 9 and the adjusted working Saturday 10 Oct count.
    assert task["assigned_on"] == "2026-09-30"
    assert task["deadline"] == "2026-10-10"
    assert task["deadline_provisional"] is False


async def test_operators_extend_the_calendar_for_an_uncovered_year(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    # 2093 is far beyond the package: the test proves the mechanism, not the package's data.
    admin, calendar = token(GOV, "admin"), stack.url("registry") + "/calendar"
    async with registry_clock(http, stack, "2092-12-31T10:00:00+08:00"):
        before = await assign(http, stack, deadline_working_days=1)
        assert before["deadline"] == "2093-01-01" and before["deadline_provisional"] is True
        response = await http.post(
            calendar,
            json={
                "days": [{"day": "2093-01-01", "working": False, "name": "元旦"}],
                "years": [2092, 2093],
            },
            headers=admin,
        )
        try:
            assert response.status_code == 200, response.text
            after = await assign(http, stack, deadline_working_days=1)
        finally:
            await http.delete(f"{calendar}/days/2093-01-01", headers=admin)
            for year in (2092, 2093):
                await http.delete(f"{calendar}/years/{year}", headers=admin)
    assert after["deadline"] == "2093-01-02" and after["deadline_provisional"] is False
    refused = await http.post(calendar, json={"years": [2093]}, headers=token(GOV))
    assert refused.status_code == 403


async def test_lifecycle_illegal_transition_is_409_and_changes_nothing(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    task = await assign(http, stack)
    assert (await act(http, stack, task["id"], ENV, "start")).json()["status"] == "in_progress"
    done = await act(http, stack, task["id"], ENV, "complete")
    assert done.status_code == 200 and done.json()["status"] == "completed"
    before = await counts(stack)
    again = await act(http, stack, task["id"], ENV, "start")
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"
    assert await counts(stack) == before
    row = await stack.fetch("registry", "select status from tasks where id = $1::uuid", task["id"])
    assert row[0]["status"] == "completed"


async def test_cancel_needs_a_reason_and_the_assigner(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    task = await assign(http, stack)
    assert (await act(http, stack, task["id"], GOV, "cancel")).status_code == 422
    assert (await act(http, stack, task["id"], ENV, "cancel", reason="不办了")).status_code == 403
    cancelled = await act(http, stack, task["id"], GOV, "cancel", reason="职能调整，任务撤销")
    assert cancelled.json()["status"] == "cancelled"
    assert cancelled.json()["cancel_reason"] == "职能调整，任务撤销"


async def test_lead_unit_decomposes_and_parent_progress_follows_children_R3(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    parent = await assign(http, stack, deadline="2099-12-31", deadline_working_days=None)
    url = f"{stack.url('registry')}/tasks/{parent['id']}/subtasks"
    sub = {**task_body(), "lead_unit": URBAN, "co_units": [], "post": "执法科科长"}
    sub.pop("source")
    assert (await http.post(url, json=sub, headers=token(URBAN))).status_code == 403
    late = {**sub, "deadline": "2100-01-01", "deadline_working_days": None}
    assert (await http.post(url, json=late, headers=token(ENV))).status_code == 422
    first = (await http.post(url, json=sub, headers=token(ENV))).json()
    second = (await http.post(url, json={**sub, "lead_unit": ENV}, headers=token(ENV))).json()
    assert first["parent_id"] == parent["id"] and first["post"] == "执法科科长"
    assert first["source"] == "leader_instruction"

    blocked = await act(http, stack, parent["id"], ENV, "complete")
    assert blocked.status_code == 409
    assert (await act(http, stack, first["id"], URBAN, "complete")).status_code == 200
    read = await http.get(f"{stack.url('registry')}/tasks/{parent['id']}", headers=token(GOV))
    assert read.json()["progress"] == 50  # one of two children done

    # The tree refuses a cycle: the parent cannot go under its own sub-task.
    cycle = await http.put(
        f"{stack.url('registry')}/tasks/{parent['id']}/parent",
        json={"parent_id": second["id"]},
        headers=token(GOV),
    )
    assert cycle.status_code == 422
    assert cycle.json()["errors"][0]["type"] == "cycle"

    # A task due after its new parent cannot move under it; a move is an event (R3).
    tight = await assign(http, stack, deadline="2098-12-31", deadline_working_days=None)
    before = await counts(stack)
    too_late = await http.put(
        f"{stack.url('registry')}/tasks/{parent['id']}/parent",
        json={"parent_id": tight["id"]},
        headers=token(GOV),
    )
    assert too_late.status_code == 422
    assert too_late.json()["errors"][0]["type"] == "deadline"
    assert await counts(stack) == before
    moved = await http.put(
        f"{stack.url('registry')}/tasks/{tight['id']}/parent",
        json={"parent_id": parent["id"]},
        headers=token(GOV),
    )
    assert moved.status_code == 200, moved.text
    (event,) = await outbox_events(stack, "registry", "registry.task.moved.v1", tight["id"])
    # The units concerned are told (R3): the task's lead unit, which also leads the new parent.
    assert event.data["lead_unit"] == event.data["to_parent_lead_unit"] == ENV
    assert (await wait_item(http, stack, ENV, event))["rule"] == "R3"


async def test_departments_see_their_tasks_gov_office_and_supervision_see_all(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    mine = await assign(http, stack, lead_unit=LEGAL, co_units=[])
    url = f"{stack.url('registry')}/tasks/{mine['id']}"
    for department in (LEGAL, GOV, SUP):
        assert (await http.get(url, headers=token(department))).status_code == 200
    assert (await http.get(url, headers=token(FIN))).status_code == 404  # as if none
    fin_view = await _all(http, stack, FIN, limit=200)
    assert fin_view and all(t["lead_unit"] == FIN or FIN in t["co_units"] for t in fin_view)
    assert mine["id"] not in {t["id"] for t in fin_view}
    legal_view = await _all(http, stack, LEGAL, limit=200)
    assert mine["id"] in {t["id"] for t in legal_view}


async def test_task_list_filters_and_pages_with_a_stable_cursor(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    whole = await _all(http, stack, SUP, limit=200)
    paged = await _all(http, stack, SUP, limit=7)
    assert [t["id"] for t in paged] == [t["id"] for t in whole]
    window = await _all(
        http, stack, SUP, deadline_from="2006-01-01", deadline_to="2006-03-31", limit=50
    )
    assert window and all("2006-01-01" <= t["deadline"] <= "2006-03-31" for t in window)
    search = await _all(http, stack, SUP, q="白皮书", source="responsibility_table")
    assert [t["item_no"] for t in search] == [7]
    by_department = await _all(http, stack, SUP, department="SZ-SCI-TECH-INFO")
    assert {t["item_no"] for t in by_department if t["item_no"]} >= {25, 26}
    bad = await http.get(
        stack.url("registry") + "/tasks", params={"cursor": "nope"}, headers=token(SUP)
    )
    assert bad.status_code == 422
