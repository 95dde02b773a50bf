"""Routing across real processes: events of every service reach the departments the copy
rules name, once, with the rule recorded (R1, R4, R5, R6, R10, R15); admin rules."""

import uuid

import httpx
import pytest

from tests.e2e.helpers import PERSONNEL, SUPERVISION
from tests.e2e.notifications_support import (
    ADMIN,
    items_about,
    publish,
    settle,
    wait_item,
    with_test_settings,
)
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack

TASKS, COMPLAINTS, CASES = "registry.tasks", "complaints.complaints", "referrals.cases"
URBAN, GOV_OFFICE, PETITION, LEGAL = "SZ-URBAN-MGMT", "SZ-GOV-OFFICE", "SZ-PETITION", "SZ-LEGAL"


async def test_urge_notice_reaches_the_unit_and_is_copied_to_supervision_R4(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    task_id = str(uuid.uuid4())
    event = await publish(
        stack,
        TASKS,
        "registry.urge_notice.issued.v1",
        {
            "task_id": task_id,
            "notice_id": str(uuid.uuid4()),
            "sequence": 1,
            "lead_unit": URBAN,
            "co_units": [],
            "issued_by": GOV_OFFICE,
        },
        subject=task_id,
    )
    unit = await wait_item(http, stack, URBAN, event)
    copy = await wait_item(http, stack, SUPERVISION, event)
    assert unit["rule"] == "R4" and unit["rules"] == ["R4"]
    assert copy["rule"] == "R4"
    assert unit["sender"] == copy["sender"] == GOV_OFFICE
    assert unit["requires_ack"] is True
    assert unit["title"] == "催办通知书"
    assert await items_about(http, stack, PERSONNEL, event) == []


async def test_progress_report_goes_to_the_office_and_supervision_R1(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    event = await publish(
        stack,
        TASKS,
        "registry.progress.reported.v1",
        {"task_id": str(uuid.uuid4()), "reported_by": URBAN},
    )
    assert (await wait_item(http, stack, GOV_OFFICE, event))["rule"] == "R1"
    assert (await wait_item(http, stack, SUPERVISION, event))["rule"] == "R1"


async def test_supervision_outcome_goes_back_to_the_referrer_and_personnel_R5(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    event = await publish(
        stack,
        CASES,
        "referrals.case.decided.v1",
        {
            "case_id": str(uuid.uuid4()),
            "referring_department": "SZ-AUDIT",
            "decided_by": SUPERVISION,
        },
        source="referrals",
    )
    referrer = await wait_item(http, stack, "SZ-AUDIT", event)
    personnel = await wait_item(http, stack, PERSONNEL, event)
    assert referrer["rule"] == personnel["rule"] == "R5"
    assert referrer["source_service"] == "referrals"


async def test_petition_forwarding_and_its_feedback_R10(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    complaint = str(uuid.uuid4())
    forwarded = await publish(
        stack,
        COMPLAINTS,
        "complaints.complaint.forwarded.v1",
        {"complaint_id": complaint, "to_department": LEGAL, "forwarded_by": PETITION},
        subject=complaint,
        source="complaints",
    )
    feedback = await publish(
        stack,
        COMPLAINTS,
        "complaints.complaint.feedback_given.v1",
        {"complaint_id": complaint, "feedback_to": PETITION, "from_department": LEGAL},
        subject=complaint,
        source="complaints",
    )
    assert (await wait_item(http, stack, LEGAL, forwarded))["rule"] == "R10"
    assert (await wait_item(http, stack, PETITION, feedback))["rule"] == "R10"
    await settle(1.0)
    assert await items_about(http, stack, SUPERVISION, forwarded) == []


async def test_escalated_complaints_and_substantiated_faults_reach_supervision_R15(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    for event_type in (
        "complaints.complaint.escalated.v1",
        "complaints.complaint.fault_substantiated.v1",
    ):
        event = await publish(
            stack, COMPLAINTS, event_type, {"complaint_id": "c-1"}, source="complaints"
        )
        assert (await wait_item(http, stack, SUPERVISION, event))["rule"] == "R15"


async def test_admin_rule_copies_matching_events_and_records_itself(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    await with_test_settings(stack)
    created = await http.post(
        f"{stack.url('notifications')}/copy-rules",
        json={
            "event_type": "complaints.complaint.received.v1",
            "condition": {"field": "channel", "values": ["media"]},
            "departments": [LEGAL],
            "description": "media leads also go to the legal office",
        },
        headers=ADMIN,
    )
    assert created.status_code == 201, created.text
    rule_id = created.json()["id"]
    data = {"complaint_id": "x", "handling_department": PETITION}
    hit = await publish(
        stack, COMPLAINTS, "complaints.complaint.received.v1", {**data, "channel": "media"}
    )
    miss = await publish(
        stack, COMPLAINTS, "complaints.complaint.received.v1", {**data, "channel": "phone"}
    )
    assert (await wait_item(http, stack, LEGAL, hit))["rule"] == f"ADMIN-{rule_id}"
    await wait_item(http, stack, PETITION, miss)
    assert await items_about(http, stack, LEGAL, miss) == []

    off = await http.patch(
        f"{stack.url('notifications')}/copy-rules/{rule_id}", json={"enabled": False}, headers=ADMIN
    )
    assert off.status_code == 200 and off.json()["enabled"] is False
    later = await publish(
        stack, COMPLAINTS, "complaints.complaint.received.v1", {**data, "channel": "media"}
    )
    await wait_item(http, stack, PETITION, later)
    assert await items_about(http, stack, LEGAL, later) == []


async def test_mandatory_rules_are_listed_and_cannot_be_switched_off_R6(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    url = f"{stack.url('notifications')}/copy-rules"
    rules = (await http.get(url, headers=ADMIN)).json()
    r6 = [r for r in rules if r["id"] == "R6"]
    assert {r["roles"][0] for r in r6} == {"SUPERVISION", "PERSONNEL"}
    assert all(r["mandatory"] and r["enabled"] for r in r6)
    response = await http.patch(f"{url}/R6", json={"enabled": False}, headers=ADMIN)
    assert response.status_code == 409
    assert response.headers["content-type"] == "application/problem+json"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"event_type": "registry.gossip.v1", "departments": [LEGAL]}, 422),
        ({"event_type": "complaints.complaint.received.v1", "departments": ["SZ-NOWHERE"]}, 422),
        ({"event_type": "complaints.complaint.received.v1", "departments": []}, 422),
        ({"event_type": "complaints.complaint.received.v1", "departments": [LEGAL], "x": 1}, 422),
    ],
)
async def test_bad_copy_rules_are_refused_and_nothing_is_stored(
    stack: Stack, http: httpx.AsyncClient, body: dict[str, object], status: int
) -> None:
    before = await stack.scalar("notifications", "select count(*) from copy_rules")
    response = await http.post(
        f"{stack.url('notifications')}/copy-rules",
        json={"description": "d", **body},
        headers=ADMIN,
    )
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert await stack.scalar("notifications", "select count(*) from copy_rules") == before


async def test_only_administrators_manage_copy_rules(stack: Stack, http: httpx.AsyncClient) -> None:
    url = f"{stack.url('notifications')}/copy-rules"
    assert (await http.get(url, headers=token(SUPERVISION))).status_code == 403
    assert (await http.get(url)).status_code == 401
