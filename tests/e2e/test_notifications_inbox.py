"""Inboxes across real processes: filters, unread count, detail, read, acknowledgement (签收),
reminders and escalation on a set clock."""

import uuid
from datetime import UTC, datetime, time, timedelta
from typing import Any

import httpx
import pytest

from services.notifications.inbox.jobs import BATCH
from shared.workdays import CITY_TZ, WorkCalendar, local_date
from tests.e2e.helpers import SUPERVISION
from tests.e2e.notifications_support import (
    ADMIN,
    fresh_unit,
    inbox_url,
    items_of,
    publish,
    wait_item,
    with_test_settings,
)
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack

URBAN, GOV_OFFICE, TRANSPORT = "SZ-URBAN-MGMT", "SZ-GOV-OFFICE", "SZ-TRANSPORT"


async def _urge(stack: Stack, unit: str = URBAN) -> Any:
    task = str(uuid.uuid4())
    return await publish(
        stack,
        "registry.tasks",
        "registry.urge_notice.issued.v1",
        {
            "task_id": task,
            "notice_id": str(uuid.uuid4()),
            "sequence": 1,
            "lead_unit": unit,
            "issued_by": GOV_OFFICE,
        },
        subject=task,
    )


async def test_filters_unread_count_detail_and_mark_read(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    QUIET = await fresh_unit(stack, http)
    urge = await _urge(stack, QUIET)
    assigned = await publish(
        stack,
        "registry.tasks",
        "registry.task.assigned.v1",
        {"task_id": "t", "lead_unit": QUIET, "co_units": [], "title": "道路整治"},
    )
    item = await wait_item(http, stack, QUIET, urge)
    await wait_item(http, stack, QUIET, assigned)

    by_type = await items_of(http, stack, QUIET, type="registry.task.assigned.v1")
    assert {i["source_event_id"] for i in by_type} == {str(assigned.id)}
    assert await items_of(http, stack, QUIET, source="complaints") == []
    assert len(await items_of(http, stack, QUIET, source="registry")) == 2
    future = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    assert await items_of(http, stack, QUIET, since=future) == []
    assert len(await items_of(http, stack, QUIET, until=future)) == 2
    waiting = await items_of(http, stack, QUIET, awaiting_ack=True)
    assert [i["id"] for i in waiting] == [item["id"]]

    count_url = inbox_url(stack, QUIET, "/unread-count")
    unread = (await http.get(count_url, headers=token(QUIET))).json()["unread"]
    assert unread == len(await items_of(http, stack, QUIET, unread=True)) == 2

    detail = await http.get(inbox_url(stack, QUIET, f"/{item['id']}"), headers=token(QUIET))
    assert detail.status_code == 200 and detail.json()["data"]["sequence"] == 1
    read = await http.post(inbox_url(stack, QUIET, f"/{item['id']}/read"), headers=token(QUIET))
    assert read.status_code == 200 and read.json()["read_at"] is not None
    assert (await http.get(count_url, headers=token(QUIET))).json()["unread"] == unread - 1
    assert [i["id"] for i in await items_of(http, stack, QUIET, unread=False)] == [item["id"]]


async def test_acknowledgement_by_a_named_officer_once(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    item = await wait_item(http, stack, URBAN, await _urge(stack))
    url = inbox_url(stack, URBAN, f"/{item['id']}/acknowledgement")
    response = await http.post(url, json={"officer_name": "张伟"}, headers=token(URBAN))
    assert response.status_code == 200, response.text
    acked = response.json()
    assert acked["acknowledged_by"] == "张伟" and acked["acknowledged_at"] and acked["read_at"]
    again = await http.post(url, json={"officer_name": "李娜"}, headers=token(URBAN))
    assert again.status_code == 409
    assert again.headers["content-type"] == "application/problem+json"
    assert (
        await stack.scalar(
            "notifications",
            "select acknowledged_by from inbox_items where id = $1",
            uuid.UUID(item["id"]),
        )
        == "张伟"
    )


async def test_a_department_cannot_see_or_acknowledge_another_departments_items(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    item = await wait_item(http, stack, URBAN, await _urge(stack))
    body = {"officer_name": "王芳"}
    own_path = inbox_url(stack, TRANSPORT, f"/{item['id']}/acknowledgement")
    other_path = inbox_url(stack, URBAN, f"/{item['id']}/acknowledgement")
    as_transport = token(TRANSPORT)
    cases = [
        (await http.post(own_path, json=body, headers=as_transport), 404),
        (await http.post(other_path, json=body, headers=as_transport), 403),
        (await http.get(inbox_url(stack, URBAN, f"/{item['id']}"), headers=as_transport), 403),
        (await http.get(inbox_url(stack, URBAN, "/unread-count"), headers=as_transport), 403),
        (await http.post(other_path, json={}, headers=token(URBAN)), 422),
        (await http.post(other_path, json={"officer_name": " "}, headers=token(URBAN)), 422),
    ]
    for response, status in cases:
        assert response.status_code == status, response.text
        assert response.headers["content-type"] == "application/problem+json"
    assert await stack.scalar(
        "notifications",
        "select acknowledged_at is null and read_at is null from inbox_items where id = $1",
        uuid.UUID(item["id"]),
    )


async def run_until_caught_up(http: httpx.AsyncClient, url: str) -> dict[str, int]:
    """Runs the timers until a run handles less than a batch: one run takes the oldest BATCH
    items, and the other tests of the run leave many items unacknowledged."""
    total = {"reminders": 0, "escalations": 0}
    while True:
        run = (await http.post(url, headers=ADMIN)).json()
        total = {key: total[key] + run[key] for key in total}
        if run["reminders"] < BATCH and run["escalations"] < BATCH:
            return total


def _morning_after(day: Any) -> str:
    # 10:00 in China on the day after `day`.
    return datetime.combine(day + timedelta(days=1), time(10), tzinfo=CITY_TZ).isoformat()


async def test_unacknowledged_item_gets_a_reminder_then_an_escalation_on_a_set_clock(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    await with_test_settings(stack)
    waiting = await wait_item(http, stack, URBAN, await _urge(stack))
    acked = await wait_item(http, stack, URBAN, await _urge(stack))
    ack = await http.post(
        inbox_url(stack, URBAN, f"/{acked['id']}/acknowledgement"),
        json={"officer_name": "张伟"},
        headers=token(URBAN),
    )
    assert ack.status_code == 200
    calendar = WorkCalendar.official()
    delivered = local_date(datetime.fromisoformat(waiting["created_at"]))
    due = calendar.add_working_days(delivered, 3)  # the settings' default: 3 working days
    clock = f"{stack.url('notifications')}/_test/clock"
    run = f"{stack.url('notifications')}/admin/jobs/acknowledgement-timers"

    async def derived(department: str, about: dict[str, Any]) -> list[dict[str, Any]]:
        found = await items_of(http, stack, department, source="notifications")
        return [i for i in found if i["subject"] == about["id"]]

    try:
        at_due = datetime.combine(due, time(23, 0), tzinfo=CITY_TZ).isoformat()
        assert (await http.put(clock, json={"at": at_due}, headers=ADMIN)).status_code == 200
        assert (await http.post(run, headers=ADMIN)).status_code == 200
        assert await derived(URBAN, waiting) == []  # still in time on the last day

        await http.put(clock, json={"at": _morning_after(due)}, headers=ADMIN)
        first = await run_until_caught_up(http, run)
        assert first["reminders"] >= 1
        reminders = await derived(URBAN, waiting)
        assert [r["rule"] for r in reminders] == ["ACK-REMINDER"]
        assert await derived(URBAN, acked) == []
        await http.post(run, headers=ADMIN)
        assert len(await derived(URBAN, waiting)) == 1  # reminded once
        assert await derived(SUPERVISION, waiting) == []

        escalate_day = calendar.add_working_days(delivered, 5)
        await http.put(clock, json={"at": _morning_after(escalate_day)}, headers=ADMIN)
        assert (await run_until_caught_up(http, run))["escalations"] >= 1
        for department in (GOV_OFFICE, SUPERVISION):
            escalations = await derived(department, waiting)
            assert [e["rule"] for e in escalations] == ["ACK-ESCALATION"], department
            assert escalations[0]["sender"] == URBAN
        detail = await http.get(inbox_url(stack, URBAN, f"/{waiting['id']}"), headers=token(URBAN))
        assert detail.json()["reminded_at"] and detail.json()["escalated_at"]
        await http.post(run, headers=ADMIN)
        assert len(await derived(SUPERVISION, waiting)) == 1
    finally:
        await http.delete(clock, headers=ADMIN)


async def test_timers_endpoint_needs_an_administrator(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    url = f"{stack.url('notifications')}/admin/jobs/acknowledgement-timers"
    response = await http.post(url, headers=token(URBAN))
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"
