"""Time limits on the service's clock: a reminder before, one escalation after (R15)."""

import asyncio
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest

from tests.e2e.complaints_helpers import (
    SUPERVISION,
    URBAN,
    act,
    complaint_events,
    register,
    run_checks,
    set_clock,
)
from tests.e2e.notifications_support import items_about, wait_item
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack
GOV_OFFICE = "SZ-GOV-OFFICE"


@pytest.fixture
async def clock(stack: Stack, http: httpx.AsyncClient) -> AsyncIterator[None]:
    """Leaves the complaints clock at the system time after the test."""
    try:
        yield
    finally:
        await set_clock(http, stack, None)


async def _marks(stack: Stack, complaint_id: str) -> list[tuple[str, str]]:
    rows = await stack.fetch(
        "complaints",
        "select limit_kind, action from complaint_deadline_marks where complaint_id = $1"
        " order by limit_kind, action",
        uuid.UUID(complaint_id),
    )
    return [(r["limit_kind"], r["action"]) for r in rows]


async def test_missed_acknowledgement_escalates_exactly_once_to_supervision_R15(
    stack: Stack, http: httpx.AsyncClient, clock: None
) -> None:
    # Tuesday 1 December 2026, 10:00 in Shenzhen; "inaction" must be acknowledged in 2 days.
    await set_clock(http, stack, "2026-12-01T02:00:00Z")
    receipt = await register(http, stack, GOV_OFFICE, channel="mayor_hotline")
    cid = receipt["id"]
    assert receipt["acknowledge_due"] == "2026-12-03"
    assert receipt["handle_due"] == "2026-12-22"

    await run_checks(http, stack)
    assert await _marks(stack, cid) == []  # nothing near yet

    await set_clock(http, stack, "2026-12-02T02:00:00Z")  # one working day before
    await run_checks(http, stack)
    assert await _marks(stack, cid) == [("acknowledge", "reminder")]

    await set_clock(http, stack, "2026-12-04T02:00:00Z")  # the limit has passed
    await run_checks(http, stack)
    await run_checks(http, stack)  # a second run (or the periodic job) changes nothing
    assert await _marks(stack, cid) == [("acknowledge", "escalation"), ("acknowledge", "reminder")]

    events = await complaint_events(stack, cid, until=3)
    escalated = [e for e in events if e.type == "complaints.complaint.escalated.v1"]
    assert len(escalated) == 1
    data = escalated[0].data
    assert data["limit"] == "acknowledge" and data["due_date"] == "2026-12-03"
    # Not acknowledged: the unit that took the call still answers for it (首问责任).
    assert data["answerable_department"] == GOV_OFFICE
    assert data["handling_department"] == URBAN
    for department in (SUPERVISION, GOV_OFFICE, URBAN):
        assert (await wait_item(http, stack, department, escalated[0]))["rule"] == "R15"
    reminded = [e for e in events if e.type == "complaints.complaint.reminded.v1"]
    assert len(reminded) == 1 and reminded[0].data["handling_department"] == URBAN
    # The handler is reminded (R15); the item is in its inbox, nobody else's.
    assert (await wait_item(http, stack, URBAN, reminded[0]))["rule"] == "R15"
    assert await items_about(http, stack, SUPERVISION, reminded[0]) == []

    seen = await http.get(
        f"{stack.url('complaints')}/complaints/{cid}",
        headers=token(SUPERVISION),
    )
    assert seen.json()["escalated"] is True


async def test_missed_handling_limit_after_acknowledgement_is_the_handlers_R15(
    stack: Stack, http: httpx.AsyncClient, clock: None
) -> None:
    await set_clock(http, stack, "2026-12-01T02:00:00Z")
    receipt = await register(http, stack, GOV_OFFICE, channel="mayor_hotline", category="delay")
    cid = receipt["id"]
    await act(http, stack, URBAN, cid, "acknowledge")
    assert receipt["handle_due"] == "2026-12-15"  # "delay": 10 working days

    await set_clock(http, stack, "2026-12-16T02:00:00Z")
    await run_checks(http, stack)
    await run_checks(http, stack)
    assert await _marks(stack, cid) == [("handle", "escalation")]
    events = await complaint_events(stack, cid, until=2)
    escalated = [e for e in events if e.type == "complaints.complaint.escalated.v1"]
    assert len(escalated) == 1
    assert escalated[0].data["answerable_department"] == URBAN


async def test_handled_complaint_is_never_escalated_R15(
    stack: Stack, http: httpx.AsyncClient, clock: None
) -> None:
    await set_clock(http, stack, "2026-12-01T02:00:00Z")
    receipt = await register(http, stack, GOV_OFFICE, channel="phone_hotline")
    cid = receipt["id"]
    await act(http, stack, URBAN, cid, "acknowledge")
    await act(
        http,
        stack,
        URBAN,
        cid,
        "outcome",
        {
            "outcome": "unsubstantiated",
            "findings": "经核查不属实",
            "legal_basis": "《信访条例》第三十二条",
            "public_result": "经核查，投诉事项不属实。",
        },
    )
    await set_clock(http, stack, "2027-02-01T02:00:00Z")
    await run_checks(http, stack)
    assert await _marks(stack, cid) == []


async def test_concurrent_checks_escalate_once_R15(
    stack: Stack, http: httpx.AsyncClient, clock: None
) -> None:
    await set_clock(http, stack, "2026-12-01T02:00:00Z")
    receipt = await register(http, stack, GOV_OFFICE, channel="internal")
    await set_clock(http, stack, "2026-12-28T02:00:00Z")  # both limits missed
    await asyncio.gather(*(run_checks(http, stack) for _ in range(4)))
    assert await _marks(stack, receipt["id"]) == [
        ("acknowledge", "escalation"),
        ("handle", "escalation"),
    ]
    events = await complaint_events(stack, receipt["id"], until=3)
    escalations = [e.data["limit"] for e in events if e.type.endswith(".escalated.v1")]
    assert sorted(escalations) == ["acknowledge", "handle"]
    outboxed = await stack.scalar(
        "complaints",
        "select count(*) from outbox where key = $1 and event_type = $2",
        receipt["id"],
        "complaints.complaint.escalated.v1",
    )
    assert outboxed == 2


async def test_only_administrators_run_the_check(stack: Stack, http: httpx.AsyncClient) -> None:
    response = await http.post(
        stack.url("complaints") + "/admin/deadline-checks", headers=token(SUPERVISION)
    )
    assert response.status_code == 403
