"""One calendar: the days operators enter at the registry move every service's deadlines.

The days used are ones no official calendar touches (March has no PRC holiday, 2095 is far
beyond the package), so these tests prove the mechanism whatever the package covers.
"""

import json
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, time, timedelta
from typing import Any

import httpx
import pytest

from services.notifications.inbox.jobs import BATCH
from shared.workdays import CITY_TZ, WorkCalendar, local_date
from tests.e2e.complaints_helpers import submit_public
from tests.e2e.helpers import SUPERVISION
from tests.e2e.notifications_support import (
    ADMIN,
    items_of,
    publish,
    wait_item,
    with_test_settings,
)
from tests.e2e.registry_helpers import GOV, assign
from tests.support.stack import Stack, token, wait_for

pytestmark = pytest.mark.stack

COPIES = ("complaints", "referrals", "notifications")
CLOCKED = ("registry", "complaints", "referrals")
OPERATOR = token(GOV, "admin")


@asynccontextmanager
async def _clocks(http: httpx.AsyncClient, stack: Stack, at: str) -> AsyncIterator[None]:
    """Sets the clock of the services that compute the deadlines, then resets them."""
    try:
        for service in CLOCKED:
            url = stack.url(service) + "/_test/clock"
            response = await http.put(url, json={"at": at}, headers=ADMIN)
            assert response.status_code == 200, response.text
        yield
    finally:
        for service in CLOCKED:
            await http.delete(stack.url(service) + "/_test/clock", headers=ADMIN)


async def _copied(stack: Stack, query: str, value: Any, present: bool) -> None:
    """Waits until every service's copy holds (or no longer holds) a day or a year."""

    async def done() -> bool:
        for service in COPIES:
            rows = await stack.fetch(service, query, value)
            if bool(rows) != present:
                return False
        return True

    await wait_for(done, timeout=30)


async def _set_days(http: httpx.AsyncClient, stack: Stack, *days: dict[str, Any]) -> None:
    response = await http.post(
        stack.url("registry") + "/calendar", json={"days": list(days)}, headers=OPERATOR
    )
    assert response.status_code == 200, response.text
    for day in days:
        await _copied(stack, DAY_QUERY, datetime.fromisoformat(day["day"]).date(), True)


async def _remove_day(http: httpx.AsyncClient, stack: Stack, day: str) -> None:
    response = await http.delete(stack.url("registry") + f"/calendar/days/{day}", headers=OPERATOR)
    assert response.status_code in (204, 404), response.text
    await _copied(stack, DAY_QUERY, datetime.fromisoformat(day).date(), False)


DAY_QUERY = "select 1 from calendar_day_copy where day = $1 and not working"
YEAR_QUERY = "select 1 from calendar_year_copy where year = $1"


async def _deadlines(http: httpx.AsyncClient, stack: Stack, day: str) -> dict[str, Any]:
    """Computes one deadline of each kind through the services' APIs, on their clocks."""
    task = await assign(http, stack, deadline_working_days=3)
    receipt = await submit_public(http, stack, event_date=day)
    lead = {"outlet": "晶报", "title": "日历线索", "summary": "线索"}
    case = await http.post(
        stack.url("referrals") + "/cases/media-leads", json=lead, headers=token(SUPERVISION)
    )
    assert case.status_code == 201, case.text
    incident = await http.post(
        stack.url("referrals") + "/incidents",
        json={
            "title": "日历测试事故",
            "severity": "major",
            "district": "SZ-DIST-FUTIAN",
            "occurred_at": f"{day}T08:00:00+08:00",
            "on_site_meeting_at": f"{day}T09:00:00+08:00",
            "officials": [
                {"role": "principal_leader", "name": "官员", "post": "局长", "unit": "单位"}
            ],
        },
        headers=token(SUPERVISION),
    )
    assert incident.status_code == 201, incident.text
    return {
        "task": (task["deadline"], task["deadline_provisional"]),
        "complaint acknowledgement": (
            receipt["acknowledge_due"],
            receipt["acknowledge_due_provisional"],
        ),
        "complaint handling": (receipt["handle_due"], receipt["handle_due_provisional"]),
        "case acceptance": (case.json()["due_date"], case.json()["due_date_provisional"]),
        "incident explanation": (
            incident.json()["explanation_due"],
            incident.json()["explanation_due_provisional"],
        ),
    }


def _dates(found: dict[str, Any]) -> dict[str, str]:
    return {kind: due for kind, (due, _) in found.items()}


async def test_an_operator_holiday_moves_every_deadline_of_every_service_R12_R15(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    # Monday 1 March 2027; the operators declare Wednesday 3 March a holiday.
    async with _clocks(http, stack, "2027-03-01T10:00:00+08:00"):
        try:
            before = _dates(await _deadlines(http, stack, "2027-03-01"))
            await _set_days(http, stack, {"day": "2027-03-03", "working": False, "name": "测试"})
            after = _dates(await _deadlines(http, stack, "2027-03-01"))
            corrected = await http.put(
                stack.url("registry") + "/calendar/days/2027-03-03",
                json={"working": True, "name": "更正"},
                headers=OPERATOR,
            )
            assert corrected.status_code == 200, corrected.text
            await _copied(stack, DAY_QUERY, datetime(2027, 3, 3).date(), False)
            back = _dates(await _deadlines(http, stack, "2027-03-01"))
        finally:
            await _remove_day(http, stack, "2027-03-03")
    assert before == {
        "task": "2027-03-04",  # 3 working days
        "complaint acknowledgement": "2027-03-03",  # 2 (inaction)
        "complaint handling": "2027-03-22",  # 15
        "case acceptance": "2027-03-08",  # 5
        "incident explanation": "2027-03-29",  # 20 (earlier than one month, R12)
    }
    assert after == {
        "task": "2027-03-05",
        "complaint acknowledgement": "2027-03-04",
        "complaint handling": "2027-03-23",
        "case acceptance": "2027-03-09",
        "incident explanation": "2027-03-30",
    }
    assert back == before  # corrected to a working day: the weekday rule again
    listed = (await http.get(stack.url("registry") + "/calendar", headers=token(GOV))).json()
    assert "2027-03-03" not in [d["day"] for d in listed["days"]]


async def test_deadlines_in_a_year_nobody_covered_are_provisional_until_it_is_declared(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    async with _clocks(http, stack, "2095-03-01T10:00:00+08:00"):
        uncovered = await _deadlines(http, stack, "2095-03-01")
        try:
            declared = await http.post(
                stack.url("registry") + "/calendar", json={"years": [2095]}, headers=OPERATOR
            )
            assert declared.status_code == 200, declared.text
            await _copied(stack, YEAR_QUERY, 2095, True)
            covered = await _deadlines(http, stack, "2095-03-01")
        finally:
            withdrawn = await http.delete(
                stack.url("registry") + "/calendar/years/2095", headers=OPERATOR
            )
            await _copied(stack, YEAR_QUERY, 2095, False)
        again = await _deadlines(http, stack, "2095-03-01")
    assert withdrawn.status_code == 204
    assert {kind: p for kind, (_, p) in uncovered.items()} == dict.fromkeys(uncovered, True)
    assert {kind: p for kind, (_, p) in covered.items()} == dict.fromkeys(covered, False)
    assert {kind: p for kind, (_, p) in again.items()} == dict.fromkeys(again, True)
    assert _dates(uncovered) == _dates(covered)  # no holiday entered: the same weekdays
    events = await stack.fetch(
        "registry",
        "select payload from outbox where event_type = 'registry.task.assigned.v1' "
        "and (payload->>'deadline') like '2095-%' order by id",
    )
    flags = [json.loads(e["payload"])["deadline_provisional"] for e in events]
    assert flags[-3:] == [True, False, True]  # the event carries it as the API does


async def test_removing_an_unknown_day_or_year_is_404_and_needs_an_administrator(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    url = stack.url("registry") + "/calendar"
    assert (await http.delete(f"{url}/days/2094-01-05", headers=OPERATOR)).status_code == 404
    assert (await http.delete(f"{url}/years/2094", headers=OPERATOR)).status_code == 404
    refused = await http.put(f"{url}/days/2094-01-05", json={"working": False}, headers=token(GOV))
    assert refused.status_code == 403
    bad = await http.put(
        f"{url}/days/2094-01-05", json={"working": False, "name": "长" * 51}, headers=OPERATOR
    )
    assert bad.status_code == 422
    assert bad.headers["content-type"] == "application/problem+json"
    listed = (await http.get(url, headers=token(GOV))).json()
    assert "2094-01-05" not in [d["day"] for d in listed["days"]]


def _morning_after(day: Any) -> str:
    return datetime.combine(day + timedelta(days=1), time(10), tzinfo=CITY_TZ).isoformat()


async def test_an_operator_holiday_delays_the_acknowledgement_reminder(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    await with_test_settings(stack)
    unit = "SZ-URBAN-MGMT"
    task = str(uuid.uuid4())
    event = await publish(
        stack,
        "registry.tasks",
        "registry.urge_notice.issued.v1",
        {
            "task_id": task,
            "notice_id": str(uuid.uuid4()),
            "sequence": 1,
            "lead_unit": unit,
            "issued_by": GOV,
        },
        subject=task,
    )
    item = await wait_item(http, stack, unit, event)
    delivered = local_date(datetime.fromisoformat(item["created_at"]))
    # The reminder is due after the 3rd working day (the default); that day becomes a holiday.
    due = WorkCalendar.official().add_working_days(delivered, 3)
    clock = stack.url("notifications") + "/_test/clock"
    run = stack.url("notifications") + "/admin/jobs/acknowledgement-timers"

    async def reminders() -> list[dict[str, Any]]:
        found = await items_of(http, stack, unit, source="notifications")
        return [i for i in found if i["subject"] == item["id"]]

    async def run_timers() -> None:
        # One run takes the oldest BATCH items; other tests leave many unacknowledged.
        while (await http.post(run, headers=ADMIN)).json()["reminders"] >= BATCH:
            pass

    try:
        await _set_days(http, stack, {"day": due.isoformat(), "working": False, "name": "测试"})
        assert (await http.put(clock, json={"at": _morning_after(due)}, headers=ADMIN)).is_success
        await run_timers()
        assert await reminders() == []  # the holiday gives the unit one more working day
        await _remove_day(http, stack, due.isoformat())
        await run_timers()
        assert [r["rule"] for r in await reminders()] == ["ACK-REMINDER"]
    finally:
        await _remove_day(http, stack, due.isoformat())
        await http.delete(clock, headers=ADMIN)
