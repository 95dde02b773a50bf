"""Accountability carried to its end: results sent back (R5), urge referrals copied (R6),
incidents decided on the clock (001 art. 13–16) and failed reviews ending in an apology (R12)."""

import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from shared.events import Envelope
from tests.e2e.complaints_helpers import act, client_headers, outcome_body, read, submit_public
from tests.e2e.helpers import FINANCE, PERSONNEL, SUPERVISION, file_report
from tests.e2e.notifications_support import outbox_events, wait_item
from tests.e2e.referrals_helpers import case_of, decision_body, person, produce, set_clock, step
from tests.support.stack import Stack, token, wait_for

pytestmark = pytest.mark.stack
GOV_OFFICE, URBAN = "SZ-GOV-OFFICE", "SZ-URBAN-MGMT"
DECIDED = "referrals.case.decided.v1"


def _incident(severity: str, **overrides: Any) -> dict[str, Any]:
    return {
        "title": f"某街道燃气爆炸事故 {uuid.uuid4().hex[:6]}",
        "severity": severity,
        "district": "SZ-DIST-FUTIAN",
        "occurred_at": "2026-11-09T10:00:00+08:00",
        "officials": [
            {
                "role": "district_department_deputy",
                "name": "赵某",
                "post": "副局长",
                "unit": "区局",
            },
            {"role": "street_principal", "name": "钱某", "post": "街道办主任", "unit": "某街道"},
            {"role": "street_deputy", "name": "孙某", "post": "副主任", "unit": "某街道"},
            {"role": "principal_leader", "name": "李某", "post": "区长", "unit": "某区"},
        ],
        **overrides,
    }


async def _post(
    http: httpx.AsyncClient, stack: Stack, path: str, body: dict[str, Any] | None = None
) -> httpx.Response:
    return await http.post(
        stack.url("referrals") + "/incidents" + path, json=body, headers=token(SUPERVISION)
    )


async def _check(http: httpx.AsyncClient, stack: Stack) -> None:
    url = stack.url("referrals") + "/admin/overdue-checks"
    assert (await http.post(url, headers=token(SUPERVISION, "admin"))).status_code == 200


async def test_an_urge_notice_referral_is_copied_to_supervision_and_personnel_R6(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    task_id = uuid.uuid4()
    notice = Envelope(
        source="registry",
        type="registry.urge_notice.issued.v1",
        subject=str(task_id),
        data={
            "task_id": str(task_id),
            "notice_id": str(uuid.uuid4()),
            "sequence": 2,
            "refers_to_supervision": True,
            "work_item": "城市道路积水整治",
            "lead_unit": URBAN,
            "co_units": [],
            "issued_by": GOV_OFFICE,
        },
    )
    await produce(stack, "registry.tasks", notice)
    await produce(stack, "registry.tasks", notice)  # redelivered: still one referral, one copy

    async def referrals() -> list[dict[str, Any]]:
        listed = await http.get(
            stack.url("referrals") + "/urge-referrals",
            params={"task_id": str(task_id)},
            headers=token(SUPERVISION),
        )
        return list(listed.json())

    (referral,) = await wait_for(referrals, interval=0.3)
    referral_id = referral["id"]
    case = await case_of(http, stack, referral_id)
    opened_type = "referrals.urge_referral.opened.v1"
    (opened,) = await outbox_events(stack, "referrals", opened_type, referral_id)
    assert opened.data["case_id"] == case["id"] and opened.data["task_id"] == str(task_id)
    for department in (SUPERVISION, PERSONNEL):
        item = await wait_item(http, stack, department, opened)
        assert item["rule"] == "R6" and item["sender"] == GOV_OFFICE
        assert item["data"]["work_item"] == "城市道路积水整治"


async def test_the_feedback_step_sends_the_result_to_the_referrers_inbox_R5(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    report = await file_report(http, stack)
    case_id = (await case_of(http, stack, report["id"]))["id"]
    for action in ("accept", "investigate"):
        assert (await step(http, stack, case_id, action)).status_code == 200
    # 001 part 2 weighed like art. 10: a head's apology needs a serious loss.
    light_apology = decision_body(
        persons=[person(department_head=True, sanctions=["public_apology"])]
    )
    refused = await step(http, stack, case_id, "decision", light_apology)
    assert refused.status_code == 422, refused.text
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert (await step(http, stack, case_id, "decision", decision_body())).status_code == 200
    assert (await step(http, stack, case_id, "feedback", {"note": ""})).status_code == 422
    note = "经调查，已对相关责任人通报批评，特此反馈。"
    sent = await step(http, stack, case_id, "feedback", {"note": note})
    assert sent.status_code == 200 and sent.json()["status"] == "feedback_sent"
    again = await step(http, stack, case_id, "feedback", {"note": note})
    assert again.status_code == 409

    (event,) = await outbox_events(stack, "referrals", "referrals.case.feedback_given.v1", case_id)
    item = await wait_item(http, stack, FINANCE, event)
    assert item["rule"] == "R5" and item["sender"] == SUPERVISION
    assert item["data"]["note"] == note and item["data"]["case_id"] == case_id


async def test_an_accidents_initial_decisions_are_due_24_hours_after_the_on_site_meeting(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """001 art. 13–14: recorded within 24 hours, escalated once if not, decided in one step."""
    try:
        await set_clock(http, stack, "2026-11-09T20:00:00+08:00")
        registered = await _post(http, stack, "", _incident("large"))
        assert registered.status_code == 201, registered.text
        incident = registered.json()
        path = f"/{incident['id']}"
        assert incident["on_site_meeting_at"] is None and incident["initial_decision_due"] is None
        early = await _post(http, stack, f"{path}/initial-decision", {"facts": "初步问责"})
        assert early.status_code == 409  # no decision before the meeting that starts the clock

        meeting = f"{path}/on-site-meeting"
        wrong = {"held_at": "2026-11-09T18:00:00+08:00", "convened_by": "city"}
        assert (await _post(http, stack, meeting, wrong)).status_code == 422  # districts decide
        future = {"held_at": "2026-11-09T21:00:00+08:00", "convened_by": "district"}
        assert (await _post(http, stack, meeting, future)).status_code == 422
        held = {"held_at": "2026-11-09T18:00:00+08:00", "convened_by": "district"}
        convened = await _post(http, stack, meeting, held)
        assert convened.status_code == 200, convened.text
        due = datetime.fromisoformat(convened.json()["initial_decision_due"])
        assert due == datetime(2026, 11, 10, 10, 0, tzinfo=UTC)  # 18:00+08 and 24 hours
        assert (await _post(http, stack, meeting, held)).status_code == 409

        await set_clock(http, stack, "2026-11-10T17:59:00+08:00")
        await _check(http, stack)
        url = stack.url("referrals") + f"/incidents{path}"
        assert (await http.get(url, headers=token(SUPERVISION))).json()["escalated"] == []
        await set_clock(http, stack, "2026-11-10T18:01:00+08:00")
        await _check(http, stack)
        await _check(http, stack)
        late = (await http.get(url, headers=token(SUPERVISION))).json()
        assert late["escalated"] == ["initial_decision"]
        (overdue,) = await outbox_events(
            stack, "referrals", "referrals.incident.decision_overdue.v1", incident["id"]
        )
        item = await wait_item(http, stack, SUPERVISION, overdue)
        assert item["rule"] == "INCIDENT" and item["data"]["decider"] == "district"

        decided = await _post(http, stack, f"{path}/initial-decision", {"facts": "现场会认定。"})
        assert decided.status_code == 200, decided.text
        case_id = decided.json()["initial_decision_case"]
        assert (
            await _post(http, stack, f"{path}/initial-decision", {"facts": "x"})
        ).status_code == 409
    finally:
        await set_clock(http, stack, None)

    case = await http.get(f"{stack.url('referrals')}/cases/{case_id}", headers=token(PERSONNEL))
    assert case.status_code == 200 and case.json()["status"] == "decided"
    assert case.json()["source"] == "incident"
    (event,) = await outbox_events(stack, "referrals", DECIDED, case_id)
    copy = await wait_item(http, stack, PERSONNEL, event)
    assert copy["rule"] == "R5"
    # The table's row for a large accident: the principal leader has no form of art. 14.
    assert [(p["name"], p["sanctions"]) for p in copy["data"]["persons"]] == [
        ("赵某", ["written_self_criticism"]),
        ("钱某", ["public_apology"]),
        ("孙某", ["suspension"]),
    ]


async def test_a_major_event_not_explained_in_time_proposes_the_heads_public_apology_R12(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    body = _incident(
        "major",
        kind="event",
        title=f"重大群体性事件 {uuid.uuid4().hex[:6]}",
        on_site_meeting_at="2026-11-09T18:00:00+08:00",
    )
    head = {"name": "张某", "post": "局长", "unit": "市城市管理局"}
    try:
        await set_clock(http, stack, "2026-11-09T20:00:00+08:00")
        incident = (await _post(http, stack, "", body)).json()
        path = f"/{incident['id']}"
        # A major event is reviewed (R12) but has no initial decisions of art. 13.
        assert incident["explanation_due"] == "2026-12-07"  # 20 working days, before a month
        assert incident["initial_decision_due"] is None
        assert all(o["proposed_sanction"] is None for o in incident["officials"])
        apology = f"{path}/apology-decision"
        early = await _post(http, stack, apology, {"facts": "未说明", "head": head})
        assert early.status_code == 409  # nothing proposed while the review runs

        await set_clock(http, stack, "2026-12-08T09:00:00+08:00")
        await _check(http, stack)
        await _check(http, stack)
    finally:
        await set_clock(http, stack, None)
    url = stack.url("referrals") + f"/incidents{path}"
    read = (await http.get(url, headers=token(SUPERVISION))).json()
    assert read["apology_reason"] == "explanation_missed" and read["escalated"] == ["explanation"]
    (proposed,) = await outbox_events(
        stack, "referrals", "referrals.incident.apology_proposed.v1", incident["id"]
    )
    item = await wait_item(http, stack, SUPERVISION, proposed)
    assert item["rule"] == "R12" and item["data"]["reason"] == "explanation_missed"

    nameless = await _post(http, stack, apology, {"facts": "未说明", "head": {**head, "name": ""}})
    assert nameless.status_code == 422
    decided = await _post(http, stack, apology, {"facts": "一个月内未作说明。", "head": head})
    assert decided.status_code == 200, decided.text
    case_id = decided.json()["apology_case"]
    assert (await _post(http, stack, apology, {"facts": "x", "head": head})).status_code == 409
    (event,) = await outbox_events(stack, "referrals", DECIDED, case_id)
    copy = await wait_item(http, stack, PERSONNEL, event)
    assert copy["data"]["serious"] is True
    assert [(p["name"], p["sanctions"]) for p in copy["data"]["persons"]] == [
        ("张某", ["public_apology"])
    ]
    case = await http.get(f"{stack.url('referrals')}/cases/{case_id}", headers=token(SUPERVISION))
    assert case.json()["decision"]["persons"][0]["department_head"] is True


async def test_a_dereliction_found_by_the_review_proposes_the_apology_once_R12(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    body = _incident("major", on_site_meeting_at="2026-11-09T18:00:00+08:00")
    incident = (await _post(http, stack, "", body)).json()
    path = f"/{incident['id']}/dereliction"
    assert (await _post(http, stack, path, {"finding": ""})).status_code == 422
    found = await _post(http, stack, path, {"finding": "安全生产责任制未落实。"})
    assert found.status_code == 200, found.text
    assert found.json()["apology_reason"] == "dereliction_found"
    assert found.json()["apology_finding"] == "安全生产责任制未落实。"
    assert (await _post(http, stack, path, {"finding": "再次"})).status_code == 409
    (proposed,) = await outbox_events(
        stack, "referrals", "referrals.incident.apology_proposed.v1", incident["id"]
    )
    assert (await wait_item(http, stack, SUPERVISION, proposed))["rule"] == "R12"
    large = (await _post(http, stack, "", _incident("large"))).json()
    not_reviewed = await _post(http, stack, f"/{large['id']}/dereliction", {"finding": "失职"})
    assert not_reviewed.status_code == 409  # a large accident has no R12 review


async def test_a_case_from_a_complaint_feeds_its_result_back_to_the_complaint_R5_R15(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    receipt = await submit_public(http, stack)
    cid = receipt["id"]
    await act(http, stack, URBAN, cid, "acknowledge")
    await act(http, stack, URBAN, cid, "outcome", outcome_body("substantiated"))

    async def referrals() -> list[dict[str, Any]]:
        listed = await http.get(
            stack.url("referrals") + "/complaint-referrals",
            params={"complaint_id": cid},
            headers=token(SUPERVISION),
        )
        return list(listed.json())

    (referral,) = await wait_for(referrals, interval=0.3)
    case_id = (await case_of(http, stack, referral["id"]))["id"]
    for action in ("accept", "investigate"):
        await step(http, stack, case_id, action)
    assert (await step(http, stack, case_id, "decision", decision_body())).status_code == 200
    note = "经查属实，已对执法大队负责人通报批评。"
    assert (await step(http, stack, case_id, "feedback", {"note": note})).status_code == 200

    async def reported() -> list[Envelope]:
        kind = "complaints.complaint.accountability_reported.v1"
        return await outbox_events(stack, "complaints", kind, cid)

    (event,) = await wait_for(reported, interval=0.3)
    # The first-contact unit (the web form's target, R15) is told the result.
    item = await wait_item(http, stack, URBAN, event)
    assert item["rule"] == "R5" and item["data"]["result"] == note
    complaint = (await read(http, stack, SUPERVISION, cid)).json()
    assert complaint["accountability_result"] == note
    assert complaint["steps"][-1]["kind"] == "accountability_reported"
    tracking = await http.get(
        f"{stack.url('complaints')}/public/complaints/{receipt['tracking_code']}",
        headers=client_headers(**{"X-Complaint-Secret": receipt["secret"]}),
    )
    assert tracking.status_code == 200, tracking.text
    assert tracking.json()["accountability_result"] == note  # the complainant sees it
