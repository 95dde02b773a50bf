"""Cases at supervision through the real stack: opening, steps, decisions, feedback (R5, R9)."""

import asyncio
import uuid
from typing import Any

import httpx
import pytest

from tests.e2e.helpers import FINANCE, PERSONNEL, SUPERVISION, file_report, inbox_items_for
from tests.e2e.notifications_support import outbox_events, wait_item
from tests.e2e.referrals_helpers import (
    case_of,
    cases_of,
    decision_body,
    outbox_types,
    person,
    set_clock,
    step,
)
from tests.support.stack import Stack, token, wait_for

pytestmark = pytest.mark.stack
AUDIT = "SZ-AUDIT"
DECIDED = "referrals.case.decided.v1"


async def _read(http: httpx.AsyncClient, stack: Stack, case_id: str, dept: str) -> httpx.Response:
    return await http.get(f"{stack.url('referrals')}/cases/{case_id}", headers=token(dept))


async def _decided_items(
    http: httpx.AsyncClient, stack: Stack, department: str, case_id: str
) -> list[dict[str, Any]]:
    items = await inbox_items_for(http, stack, department, case_id)
    return [i for i in items if i["source_event_type"] == DECIDED]


async def test_a_referral_report_opens_one_case_an_information_report_none_R4_R5(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    referral = await file_report(http, stack)
    case = await case_of(http, stack, referral["id"])
    assert case["source"] == "report" and case["status"] == "received"
    assert case["referring_department"] == FINANCE and case["due_date"] is not None

    information = await file_report(http, stack, purpose="information")
    assert await cases_of(http, stack, information["id"]) == []

    # The referring department reads its own case; another department does not.
    assert (await _read(http, stack, case["id"], FINANCE)).status_code == 200
    # Outside its scope a case answers as one that does not exist (nothing leaks existence).
    assert (await _read(http, stack, case["id"], AUDIT)).status_code == 404
    assert (await _read(http, stack, case["id"], PERSONNEL)).status_code == 404  # not decided
    own = await http.get(stack.url("referrals") + "/cases", headers=token(AUDIT))
    assert own.status_code == 200
    assert all(c["referring_department"] == AUDIT for c in own.json()["items"])


async def test_decided_case_is_fed_back_to_the_referrer_and_copied_to_personnel_R5(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    report = await file_report(http, stack)
    case_id = (await case_of(http, stack, report["id"]))["id"]

    # Only supervision handles cases.
    assert (await step(http, stack, case_id, "accept", department=FINANCE)).status_code == 403
    # Out of order: no decision on a case not under investigation; nothing changed.
    early = await step(http, stack, case_id, "decision", decision_body())
    assert early.status_code == 409, early.text
    assert early.headers["content-type"].startswith("application/problem+json")
    assert (await _read(http, stack, case_id, SUPERVISION)).json()["status"] == "received"

    assert (await step(http, stack, case_id, "accept")).json()["status"] == "accepted"
    investigating = await step(http, stack, case_id, "investigate")
    assert investigating.json()["status"] == "under_investigation"

    # Bad decisions: no legal basis, forms that may not be combined, too heavy for the facts.
    before = await outbox_types(stack, case_id)
    no_basis = await step(http, stack, case_id, "decision", decision_body(legal_basis=""))
    assert no_basis.status_code == 422
    uncombinable = decision_body(
        serious=True, persons=[person(sanctions=["suspension", "removal"])]
    )
    refused = await step(http, stack, case_id, "decision", uncombinable)
    assert refused.status_code == 422
    assert refused.headers["content-type"].startswith("application/problem+json")
    assert any("may not be combined" in e["msg"] for e in refused.json()["errors"])
    too_heavy = decision_body(persons=[person(sanctions=["removal"])])
    assert (await step(http, stack, case_id, "decision", too_heavy)).status_code == 422
    head_form = decision_body(persons=[person(sanctions=["admonishing_talk"])])
    assert (await step(http, stack, case_id, "decision", head_form)).status_code == 422
    assert await outbox_types(stack, case_id) == before
    assert (await _read(http, stack, case_id, SUPERVISION)).json()["decision"] is None

    body = decision_body(
        persons=[
            person(),
            person(
                name="李某某",
                post="局长",
                level="principal",
                department_head=True,
                sanctions=["ordered_rectification", "written_self_criticism"],
            ),
        ]
    )
    decided = await step(http, stack, case_id, "decision", body)
    assert decided.status_code == 200, decided.text
    assert decided.json()["status"] == "decided"
    assert [p["name"] for p in decided.json()["decision"]["persons"]] == ["王某某", "李某某"]
    again = await step(http, stack, case_id, "decision", decision_body())
    assert again.status_code == 409
    assert (await outbox_types(stack, case_id)).count(DECIDED) == 1

    # R5: one inbox item for the referring department, one for personnel.
    for department in (FINANCE, PERSONNEL):
        items = await wait_for(
            lambda d=department: _decided_items(http, stack, d, case_id), interval=0.5
        )
        assert len(items) == 1, (department, items)
        assert "R5" in items[0]["rules"] and items[0]["sender"] == SUPERVISION
    copy = (await _decided_items(http, stack, PERSONNEL, case_id))[0]["data"]
    assert [(p["name"], p["sanctions"]) for p in copy["persons"]] == [
        ("王某某", ["circulated_criticism", "written_self_criticism"]),
        ("李某某", ["ordered_rectification", "written_self_criticism"]),
    ]
    personnel = await _read(http, stack, case_id, PERSONNEL)
    assert personnel.status_code == 200 and personnel.json()["decision"]["legal_basis"]
    listed = await http.get(
        stack.url("referrals") + "/cases",
        params={"source_id": report["id"]},
        headers=token(PERSONNEL),
    )
    assert [c["id"] for c in listed.json()["items"]] == [case_id]
    undecided = await file_report(http, stack)
    await case_of(http, stack, undecided["id"])
    hidden = await http.get(
        stack.url("referrals") + "/cases",
        params={"source_id": undecided["id"]},
        headers=token(PERSONNEL),
    )
    assert hidden.json()["items"] == []  # personnel sees decisions only

    fed_back = await step(http, stack, case_id, "feedback", {"note": "已作出问责决定，特此反馈。"})
    assert fed_back.json()["status"] == "feedback_sent"
    closed = await step(http, stack, case_id, "close")
    assert closed.json()["status"] == "closed" and closed.json()["due_date"] is None
    assert (await step(http, stack, case_id, "decision", decision_body())).status_code == 409
    assert (await step(http, stack, case_id, "accept")).status_code == 409
    assert (await outbox_types(stack, case_id)).count(DECIDED) == 1


async def test_a_rejected_case_carries_its_reason_back_and_can_only_be_closed(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    report = await file_report(http, stack)
    case_id = (await case_of(http, stack, report["id"]))["id"]
    assert (await step(http, stack, case_id, "reject", {"reason": ""})).status_code == 422
    rejected = await step(http, stack, case_id, "reject", {"reason": "不属于行政过错"})
    assert rejected.json()["status"] == "rejected"
    assert rejected.json()["rejection_reason"] == "不属于行政过错"
    assert await outbox_types(stack, case_id) == ["referrals.case.rejected.v1"]
    rejected_type = "referrals.case.rejected.v1"

    async def fed_back() -> list[dict[str, Any]]:
        items = await inbox_items_for(http, stack, FINANCE, case_id)
        return [i for i in items if i["source_event_type"] == rejected_type]

    (item,) = await wait_for(fed_back, interval=0.5)
    assert item["data"]["reason"] == "不属于行政过错" and "R5" in item["rules"]
    assert (await step(http, stack, case_id, "investigate")).status_code == 409
    assert (await step(http, stack, case_id, "close")).json()["status"] == "closed"


async def test_supervision_opens_a_case_on_a_media_lead_R9(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    lead = {"outlet": "深圳特区报", "title": "某街道违规审批", "summary": "媒体报道违规审批。"}
    url = stack.url("referrals") + "/cases/media-leads"
    assert (await http.post(url, json=lead, headers=token(FINANCE))).status_code == 403
    bad = {**lead, "concerned_department": "SZ-NOPE"}
    assert (await http.post(url, json=bad, headers=token(SUPERVISION))).status_code == 422
    opened = await http.post(url, json=lead, headers=token(SUPERVISION))
    assert opened.status_code == 201, opened.text
    case = opened.json()
    assert case["source"] == "media_lead" and case["referring_department"] is None
    assert case["summary"].startswith("[深圳特区报]")


async def test_a_missed_acceptance_limit_is_escalated_once(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    url = stack.url("referrals") + "/cases/media-leads"
    lead = {"outlet": "晶报", "title": f"逾期受理 {uuid.uuid4().hex[:6]}", "summary": "线索"}
    admin = token(SUPERVISION, "admin")
    checks = stack.url("referrals") + "/admin/overdue-checks"
    try:
        # Monday 2026-11-02 (Beijing): 5 working days run to Monday 2026-11-09.
        await set_clock(http, stack, "2026-11-02T10:00:00+08:00")
        case = (await http.post(url, json=lead, headers=token(SUPERVISION))).json()
        assert case["due_date"] == "2026-11-09"
        await set_clock(http, stack, "2026-11-09T23:00:00+08:00")
        assert (await http.post(checks, headers=admin)).status_code == 200
        assert (await _read(http, stack, case["id"], SUPERVISION)).json()["escalated"] == []
        await set_clock(http, stack, "2026-11-10T09:00:00+08:00")
        assert (await http.post(checks, headers=token(SUPERVISION))).status_code == 403
        for _ in range(2):
            assert (await http.post(checks, headers=admin)).status_code == 200
    finally:
        await set_clock(http, stack, None)
    read = (await _read(http, stack, case["id"], SUPERVISION)).json()
    assert read["escalated"] == ["acceptance"]
    assert await outbox_types(stack, case["id"]) == ["referrals.case.overdue.v1"]
    (event,) = await outbox_events(stack, "referrals", "referrals.case.overdue.v1", case["id"])
    # Escalated inside supervision, which pursues the case (R5).
    assert (await wait_item(http, stack, SUPERVISION, event))["rule"] == "R5"


async def test_two_concurrent_decisions_on_one_case_decide_it_once(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    report = await file_report(http, stack)
    case_id = (await case_of(http, stack, report["id"]))["id"]
    await step(http, stack, case_id, "accept")
    await step(http, stack, case_id, "investigate")
    answers = await asyncio.gather(
        *(step(http, stack, case_id, "decision", decision_body()) for _ in range(4))
    )
    assert sorted(a.status_code for a in answers) == [200, 409, 409, 409]
    assert (await outbox_types(stack, case_id)).count(DECIDED) == 1
    rows = await stack.scalar(
        "referrals", "select count(*) from case_decisions where case_id = $1::uuid", case_id
    )
    assert rows == 1
