"""Complaints through the other real services: petition feedback (R10), referrals (R15)."""

import uuid
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaProducer

from tests.e2e.complaints_helpers import (
    FINANCE,
    PETITION,
    SUPERVISION,
    act,
    complaint_events,
    outcome_body,
    register,
    run_checks,
    set_clock,
)
from tests.e2e.helpers import inbox_items_for
from tests.support.stack import BOOTSTRAP, Stack, token, wait_for

pytestmark = pytest.mark.stack
GOV_OFFICE = "SZ-GOV-OFFICE"


async def _referrals(http: httpx.AsyncClient, stack: Stack, cid: str) -> list[dict[str, Any]]:
    response = await http.get(
        stack.url("referrals") + "/complaint-referrals",
        params={"complaint_id": cid},
        headers=token(SUPERVISION),
    )
    assert response.status_code == 200, response.text
    return list(response.json())


async def _items(
    http: httpx.AsyncClient, stack: Stack, department: str, cid: str, kind: str
) -> list[dict[str, Any]]:
    items = await inbox_items_for(http, stack, department, cid)
    return [i for i in items if i["source_event_type"] == kind]


async def test_forwarded_petition_reaches_finance_and_its_feedback_reaches_petition_R10(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    cid = (await register(http, stack, PETITION, channel="letters_visits", category="other"))["id"]
    await act(http, stack, PETITION, cid, "forward", {"to_department": FINANCE, "note": "专项资金"})
    forwarded = "complaints.complaint.forwarded.v1"
    items = await wait_for(lambda: _items(http, stack, FINANCE, cid, forwarded), interval=0.5)
    assert len(items) == 1 and "R10" in items[0]["rules"]

    await act(http, stack, FINANCE, cid, "acknowledge")
    await act(http, stack, FINANCE, cid, "outcome", outcome_body("partly_substantiated"))
    feedback = "complaints.complaint.feedback_given.v1"
    back = await wait_for(lambda: _items(http, stack, PETITION, cid, feedback), interval=0.5)
    assert len(back) == 1 and back[0]["sender"] == FINANCE
    assert back[0]["data"]["outcome"] == "partly_substantiated"


async def test_missed_time_limit_opens_exactly_one_referral_R15(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    try:
        await set_clock(http, stack, "2026-12-01T02:00:00Z")
        cid = (await register(http, stack, GOV_OFFICE, channel="mayor_hotline"))["id"]
        await set_clock(http, stack, "2026-12-04T02:00:00Z")  # the acknowledgement limit passed
        await run_checks(http, stack)
        await run_checks(http, stack)
    finally:
        await set_clock(http, stack, None)

    opened = await wait_for(lambda: _referrals(http, stack, cid), interval=0.5)
    assert [(r["trigger"], r["concerned_department"]) for r in opened] == [
        ("missed_time_limit:acknowledge", GOV_OFFICE)  # first-contact unit answers (R15)
    ]

    # The escalation delivered again, and re-sent under a new id: still one referral.
    escalation = next(
        e
        for e in await complaint_events(stack, cid, until=2)
        if e.type == "complaints.complaint.escalated.v1"
    )
    copy = escalation.model_copy(update={"id": uuid.uuid4()})
    producer = AIOKafkaProducer(bootstrap_servers=BOOTSTRAP)
    await producer.start()
    try:
        for envelope in (escalation, copy):  # one key, one partition: consumed in this order
            await producer.send_and_wait(
                stack.prefix + "complaints.complaints",
                envelope.kafka_value(),
                key=cid.encode(),
                headers=envelope.kafka_headers(),
            )
    finally:
        await producer.stop()

    async def copy_processed() -> bool:
        marks = await stack.fetch(
            "referrals", "select 1 from processed_events where event_id = $1", copy.id
        )
        return bool(marks)

    await wait_for(copy_processed, timeout=60)
    assert len(await _referrals(http, stack, cid)) == 1


async def test_substantiated_fault_opens_one_referral_supervision_reads_R15(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    cid = (await register(http, stack, GOV_OFFICE, channel="mayor_hotline"))["id"]
    handler = (
        await http.get(f"{stack.url('complaints')}/complaints/{cid}", headers=token(SUPERVISION))
    ).json()["handling_department"]
    await act(http, stack, handler, cid, "acknowledge")
    await act(http, stack, handler, cid, "outcome", outcome_body("substantiated"))

    opened = await wait_for(lambda: _referrals(http, stack, cid), interval=0.5)
    assert [r["trigger"] for r in opened] == ["substantiated_fault"]
    other = await http.get(stack.url("referrals") + "/complaint-referrals", headers=token(FINANCE))
    assert other.status_code == 403
