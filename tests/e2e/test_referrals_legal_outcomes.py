"""Legal outcomes (R16): a revoked or lost act opens a responsibility review with a deadline;
a fault found is referred to supervision as a referral report copied to SUPERVISION and
PERSONNEL (R6); the outcome itself is published for the assessment."""

import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from services.referrals.events import LEGAL_OUTCOMES_TOPIC
from tests.e2e.helpers import PERSONNEL, SUPERVISION, audited, topic_events, wait_for_copies
from tests.e2e.notifications_support import outbox_events, wait_item
from tests.e2e.referrals_helpers import case_of, set_clock
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack
LEGAL, URBAN, FINANCE = "SZ-LEGAL", "SZ-URBAN-MGMT", "SZ-FINANCE"
RECORDED = "referrals.legal_outcome.recorded.v1"
OPENED = "referrals.responsibility_review.opened.v1"
CLOSED = "referrals.responsibility_review.closed.v1"
OVERDUE = "referrals.responsibility_review.overdue.v1"
PROBLEM = "application/problem+json"


def _body(**overrides: Any) -> dict[str, Any]:
    return {
        "proceeding": "reconsideration",
        "case_number": f"深府复〔2026〕{uuid.uuid4().hex[:8]}号",
        "act": "市城管局对某商户作出的罚款5万元的行政处罚决定",
        "department": URBAN,
        "outcome": "revoked",
        "decided_on": "2026-10-30",
        **overrides,
    }


async def _record(
    http: httpx.AsyncClient, stack: Stack, body: dict[str, Any], by: str = LEGAL
) -> httpx.Response:
    return await http.post(stack.url("referrals") + "/legal-outcomes", json=body, headers=token(by))


async def _find(
    http: httpx.AsyncClient, stack: Stack, outcome_id: str, finding: str, reasons: str = "理由"
) -> httpx.Response:
    return await http.post(
        f"{stack.url('referrals')}/legal-outcomes/{outcome_id}/review/finding",
        json={"finding": finding, "reasons": reasons},
        headers=token(LEGAL),
    )


async def test_a_revoked_reconsideration_opens_one_review_with_its_deadline_R16(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    checks, admin = stack.url("referrals") + "/admin/overdue-checks", token(SUPERVISION, "admin")
    try:
        await set_clock(http, stack, "2026-11-02T10:00:00+08:00")  # a Monday
        body = _body()
        response = await _record(http, stack, body)
        assert response.status_code == 201, response.text
        outcome = response.json()
        again = await _record(http, stack, body)  # the same case of the same proceeding
        assert again.status_code == 409 and again.headers["content-type"] == PROBLEM
        # 20 working days (the setting's default) after the day it was recorded.
        review = outcome["review"]
        assert (review["status"], review["opened_on"]) == ("open", "2026-11-02")
        assert (review["due_date"], review["due_date_provisional"]) == ("2026-11-30", False)

        await set_clock(http, stack, "2026-11-30T23:00:00+08:00")
        assert (await http.post(checks, headers=admin)).json()["review_escalations"] == 0
        await set_clock(http, stack, "2026-12-01T09:00:00+08:00")
        for _ in range(2):  # the background check runs on this clock too
            assert (await http.post(checks, headers=admin)).status_code == 200
    finally:
        await set_clock(http, stack, None)
    url = f"{stack.url('referrals')}/legal-outcomes/{outcome['id']}"
    read = (await http.get(url, headers=token(URBAN))).json()
    assert read["review"]["escalated"] is True and read["review"]["status"] == "open"
    assert (
        await http.get(url, headers=token(FINANCE))
    ).status_code == 404  # outside its scope: as for none

    # The contract the assessment consumes: exactly these fields, keyed by the outcome id.
    published = (await topic_events(stack, LEGAL_OUTCOMES_TOPIC, outcome["id"], until=3))[0]
    assert published.type == RECORDED and published.subject == outcome["id"]
    assert published.data == {
        "outcome_id": outcome["id"],
        "department": URBAN,
        "proceeding": "reconsideration",
        "act": body["act"],
        "outcome": "revoked",
        "decided_on": "2026-10-30",
        "recorded_at": published.data["recorded_at"],
    }
    recorded_at = datetime.fromisoformat(published.data["recorded_at"])
    assert recorded_at == datetime(2026, 11, 2, 2, tzinfo=UTC)
    trail = await audited(http, stack, "referrals", "legal_outcome", outcome["id"])
    assert trail == [("legal_outcome.recorded", LEGAL)]  # the refused second record: none

    (opened,) = await outbox_events(stack, "referrals", OPENED, outcome["id"])
    (overdue,) = await outbox_events(stack, "referrals", OVERDUE, outcome["id"])  # once
    for event in (opened, overdue):  # the department under review and supervision
        for department in (URBAN, SUPERVISION):
            assert (await wait_item(http, stack, department, event))["rule"] == "R16"
    assert (
        await stack.scalar(
            "referrals",
            "select count(*) from responsibility_reviews where outcome_id = $1::uuid",
            outcome["id"],
        )
        == 1
    )


async def test_a_fault_found_is_referred_to_supervision_and_copied_to_personnel_R16_R6(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    lost = await _record(http, stack, _body(proceeding="lawsuit", outcome="lost"))
    assert lost.status_code == 201, lost.text
    outcome_id = lost.json()["id"]
    found = await _find(http, stack, outcome_id, "fault", "未履行告知程序即作出处罚决定。")
    assert found.status_code == 200, found.text
    review = found.json()["review"]
    assert review["status"] == "referred" and review["finding"] == "fault"
    report_id = review["report_id"]

    report = await http.get(
        f"{stack.url('referrals')}/referral-reports/{report_id}", headers=token(PERSONNEL)
    )
    assert report.status_code == 200, report.text
    assert report.json()["kind"] == "litigation_finding"
    assert report.json()["concerned_department"] == URBAN
    assert report.json()["summary"] == "未履行告知程序即作出处罚决定。"
    await wait_for_copies(http, stack, report_id)  # R6: SUPERVISION's and PERSONNEL's inboxes
    case = await case_of(http, stack, report_id)  # R5: supervision pursues it
    assert case["referring_department"] == LEGAL

    (closed,) = await outbox_events(stack, "referrals", CLOSED, outcome_id)
    assert closed.data["report_id"] == report_id
    assert (await wait_item(http, stack, URBAN, closed))["rule"] == "R16"
    second = await _find(http, stack, outcome_id, "no_fault")
    assert second.status_code == 409 and second.headers["content-type"] == PROBLEM


async def test_no_fault_closes_the_review_and_an_upheld_act_opens_none_R16(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    reports = "select count(*) from referral_reports"
    before = await stack.scalar("referrals", reports)
    revoked = (await _record(http, stack, _body())).json()
    closed = await _find(http, stack, revoked["id"], "no_fault", "程序合法，撤销系法律适用分歧。")
    assert closed.status_code == 200, closed.text
    review = closed.json()["review"]
    assert (review["status"], review["finding"], review["report_id"]) == (
        "closed",
        "no_fault",
        None,
    )
    assert review["reasons"] == "程序合法，撤销系法律适用分歧。"

    for outcome in ("upheld", "changed"):
        recorded = await _record(http, stack, _body(outcome=outcome))
        assert recorded.status_code == 201 and recorded.json()["review"] is None
        outcome_id = recorded.json()["id"]
        assert await outbox_events(stack, "referrals", OPENED, outcome_id) == []
        assert [e.type for e in await topic_events(stack, LEGAL_OUTCOMES_TOPIC, outcome_id)] == [
            RECORDED
        ]
        nothing = await _find(http, stack, outcome_id, "fault")
        assert nothing.status_code == 409 and nothing.headers["content-type"] == PROBLEM
    assert await stack.scalar("referrals", reports) == before  # no report from these


async def test_bad_legal_outcomes_are_refused_with_problem_json_and_change_nothing_R16(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    counted = (
        "select (select count(*) from legal_outcomes) + (select count(*) from outbox"
        " where event_type like 'referrals.legal_outcome.%'"
        " or event_type like 'referrals.responsibility_review.%')"
    )
    before = await stack.scalar("referrals", counted)
    for body, status in (
        (_body(department="SZ-NOWHERE"), 422),
        (_body(department=LEGAL), 422),  # LEGAL does not review its own act
        (_body(decided_on="2099-01-01"), 422),
        (_body(outcome="lost"), 422),  # a reconsideration is not lost
        (_body(outcome="quashed"), 422),
        (_body(proceeding="arbitration"), 422),
        (_body(decided_on="30/10/2026"), 422),
        (_body(act=""), 422),
        ({k: v for k, v in _body().items() if k != "department"}, 422),
        (_body(extra="x"), 422),
    ):
        response = await _record(http, stack, body)
        assert response.status_code == status, (body, response.text)
        assert response.headers["content-type"] == PROBLEM
    refused = await _record(http, stack, _body(), by=FINANCE)
    assert refused.status_code == 403 and refused.headers["content-type"] == PROBLEM
    bad_finding = await _find(http, stack, str(uuid.uuid4()), "maybe")
    assert bad_finding.status_code == 422
    missing = await _find(http, stack, str(uuid.uuid4()), "fault")
    assert missing.status_code == 404 and missing.headers["content-type"] == PROBLEM
    assert await stack.scalar("referrals", counted) == before
