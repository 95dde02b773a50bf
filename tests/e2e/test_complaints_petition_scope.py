"""Letters and visits in the four business scopes are forwarded, and the petition office's
feedback is owed and chased (R10)."""

from collections.abc import AsyncIterator

import httpx
import pytest

from tests.e2e.complaints_helpers import (
    FINANCE,
    PETITION,
    SUPERVISION,
    act,
    read,
    register,
    run_checks,
    set_clock,
)
from tests.e2e.notifications_support import outbox_events, wait_item
from tests.support.stack import Stack

pytestmark = pytest.mark.stack
AUDIT, LEGAL = "SZ-AUDIT", "SZ-LEGAL"


@pytest.fixture
async def clock(stack: Stack, http: httpx.AsyncClient) -> AsyncIterator[None]:
    """Leaves the complaints clock at the system time after the test."""
    try:
        yield
    finally:
        await set_clock(http, stack, None)


@pytest.mark.parametrize(
    ("category", "scope"),
    [
        ("fiscal_discipline", "FINANCE"),
        ("misuse_of_funds", "AUDIT"),
        ("unlawful_licensing", "LEGAL"),
        ("dereliction", "SUPERVISION"),
        ("delay", None),
    ],
)
async def test_letters_and_visits_suggest_each_of_the_four_business_scopes_R10(
    stack: Stack, http: httpx.AsyncClient, category: str, scope: str | None
) -> None:
    receipt = await register(http, stack, PETITION, channel="letters_visits", category=category)
    complaint = (await read(http, stack, PETITION, receipt["id"])).json()
    assert complaint["suggested_scope"] == scope and complaint["feedback_due"] is None


async def test_the_feedback_owed_to_the_petition_office_is_reminded_and_escalated_once_R10(
    stack: Stack, http: httpx.AsyncClient, clock: None
) -> None:
    # Tuesday 1 December 2026, 10:00 in Shenzhen; fiscal matters are handled in 20 working days.
    await set_clock(http, stack, "2026-12-01T02:00:00Z")
    receipt = await register(
        http, stack, PETITION, channel="letters_visits", category="fiscal_discipline"
    )
    cid = receipt["id"]
    forwarded = await act(http, stack, PETITION, cid, "forward", {"to_department": FINANCE})
    assert forwarded["feedback_to"] == PETITION
    assert (await read(http, stack, PETITION, cid)).json()["feedback_due"] == "2026-12-29"
    await act(http, stack, FINANCE, cid, "acknowledge")

    await set_clock(http, stack, "2026-12-28T02:00:00Z")  # one working day before
    await run_checks(http, stack)
    await set_clock(http, stack, "2026-12-30T02:00:00Z")  # the result is late
    await run_checks(http, stack)
    await run_checks(http, stack)

    reminded = await outbox_events(stack, "complaints", "complaints.complaint.reminded.v1", cid)
    escalated = await outbox_events(stack, "complaints", "complaints.complaint.escalated.v1", cid)
    assert [e.data["limit"] for e in reminded] == ["handle"]
    assert [e.data["limit"] for e in escalated] == ["handle"]  # once
    assert escalated[0].data["feedback_to"] == PETITION
    # The petition office sees the result it is owed near and then late (R10).
    assert (await wait_item(http, stack, PETITION, reminded[0]))["rule"] == "R10"
    assert (await wait_item(http, stack, PETITION, escalated[0]))["rule"] == "R10"
    assert "R15" in (await wait_item(http, stack, SUPERVISION, escalated[0]))["rules"]
