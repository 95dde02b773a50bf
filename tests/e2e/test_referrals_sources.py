"""Cases opened by consuming other services' events: exactly once per source item (R5, R15)."""

import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from shared.events import Envelope
from tests.e2e.helpers import SUPERVISION
from tests.e2e.referrals_helpers import case_of, produce
from tests.support.stack import Stack, token, wait_for

pytestmark = pytest.mark.stack
GOV_OFFICE, URBAN = "SZ-GOV-OFFICE", "SZ-URBAN-MGMT"


async def _processed(stack: Stack, event_id: uuid.UUID) -> bool:
    marks = await stack.fetch(
        "referrals", "select 1 from processed_events where event_id = $1", event_id
    )
    return bool(marks)


async def _cases_for(stack: Stack, source: str, referral_ids: list[Any]) -> int:
    return int(
        await stack.scalar(
            "referrals",
            "select count(*) from cases where source = $1 and source_id = any($2::uuid[])",
            source,
            referral_ids,
        )
    )


async def test_a_second_urge_notice_delivered_twice_opens_exactly_one_case_R5(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    task_id = uuid.uuid4()

    def notice(sequence: int) -> Envelope:
        return Envelope(
            source="registry",
            type="registry.urge_notice.issued.v1",
            subject=str(task_id),
            data={
                "task_id": str(task_id),
                "notice_id": str(uuid.uuid4()),
                "sequence": sequence,
                "refers_to_supervision": sequence >= 2,  # as registry's R5 rule sets it
                "work_item": "城市道路积水整治",
                "lead_unit": URBAN,
                "co_units": [],
                "issued_by": GOV_OFFICE,
            },
        )

    first, second = notice(1), notice(2)
    copy = second.model_copy(update={"id": uuid.uuid4()})
    for envelope in (first, second, second, copy):  # one key: consumed in this order
        await produce(stack, "registry.tasks", envelope)
    await wait_for(lambda: _processed(stack, copy.id), timeout=60)

    referrals = await http.get(
        stack.url("referrals") + "/urge-referrals",
        params={"task_id": str(task_id)},
        headers=token(SUPERVISION),
    )
    (referral,) = referrals.json()
    case = await case_of(http, stack, referral["id"])
    assert case["source"] == "urge_referral" and case["referring_department"] == GOV_OFFICE
    assert case["concerned_department"] == URBAN and case["status"] == "received"
    assert await _cases_for(stack, "urge_referral", [referral["id"]]) == 1


async def test_a_complaint_escalation_delivered_twice_opens_exactly_one_case_R15(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    complaint_id = uuid.uuid4()
    escalated = Envelope(
        source="complaints",
        type="complaints.complaint.escalated.v1",
        subject=str(complaint_id),
        data={
            "complaint_id": str(complaint_id),
            "category": "delay",
            "target_department": URBAN,
            "limit": "handle",
            "due_date": "2026-12-22",
            "answerable_department": URBAN,
            "handling_department": URBAN,
            "escalated_at": datetime.now(UTC).isoformat(),
        },
    )
    copy = escalated.model_copy(update={"id": uuid.uuid4()})
    for envelope in (escalated, escalated, copy):
        await produce(stack, "complaints.complaints", envelope)
    await wait_for(lambda: _processed(stack, copy.id), timeout=60)

    listed = await http.get(
        stack.url("referrals") + "/complaint-referrals",
        params={"complaint_id": str(complaint_id)},
        headers=token(SUPERVISION),
    )
    (referral,) = listed.json()
    case = await case_of(http, stack, referral["id"])
    assert case["source"] == "complaint_referral" and case["referring_department"] is None
    assert case["concerned_department"] == URBAN
    assert await _cases_for(stack, "complaint_referral", [referral["id"]]) == 1
