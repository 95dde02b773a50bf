"""Routing and handling: petition forwarding and feedback (R10), reassignment, outcome, messages."""

import httpx
import pytest

from tests.e2e.complaints_helpers import (
    FINANCE,
    PETITION,
    SUPERVISION,
    TRANSPORT,
    URBAN,
    act,
    client_headers,
    complaint_events,
    outcome_body,
    read,
    register,
    submit_public,
)
from tests.e2e.notifications_support import items_about, wait_item
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack


async def test_petition_forwarded_to_finance_feeds_back_to_petition_R10(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    receipt = await register(http, stack, PETITION, channel="letters_visits", category="other")
    cid = receipt["id"]
    forwarded = await act(
        http, stack, PETITION, cid, "forward", {"to_department": FINANCE, "note": "涉及专项资金"}
    )
    assert forwarded["handling_department"] == FINANCE
    assert forwarded["feedback_to"] == PETITION

    await act(http, stack, FINANCE, cid, "acknowledge")
    await act(http, stack, FINANCE, cid, "outcome", outcome_body("partly_substantiated"))

    events = await complaint_events(stack, cid, until=5)
    by_type = {e.type: e for e in events}
    forward = by_type["complaints.complaint.forwarded.v1"].data
    assert forward["to_department"] == FINANCE
    assert forward["forwarded_by"] == PETITION and forward["feedback_required"] is True
    feedback = by_type["complaints.complaint.feedback_given.v1"].data
    assert feedback["feedback_to"] == PETITION
    assert feedback["from_department"] == FINANCE
    item = await wait_item(http, stack, FINANCE, by_type["complaints.complaint.forwarded.v1"])
    back = await wait_item(http, stack, PETITION, by_type["complaints.complaint.feedback_given.v1"])
    assert item["rule"] == back["rule"] == "R10"
    assert feedback["outcome"] == "partly_substantiated"
    assert [e.type for e in events].count("complaints.complaint.feedback_given.v1") == 1

    # PETITION, which forwarded it, follows the result.
    seen = (await read(http, stack, PETITION, cid)).json()
    assert seen["outcome"] == "partly_substantiated"
    assert [s["kind"] for s in seen["steps"]] == [
        "received",
        "forwarded",
        "acknowledged",
        "handled",
        "feedback_given",
    ]


async def test_forwarding_outside_the_r10_scope_owes_no_feedback_R10(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    receipt = await register(http, stack, PETITION, channel="letters_visits")
    forwarded = await act(http, stack, PETITION, receipt["id"], "forward", {"to_department": URBAN})
    assert forwarded["feedback_to"] is None
    await act(http, stack, URBAN, receipt["id"], "acknowledge")
    await act(http, stack, URBAN, receipt["id"], "outcome", outcome_body("unsubstantiated"))
    events = await complaint_events(stack, receipt["id"], until=3)
    assert "complaints.complaint.feedback_given.v1" not in {e.type for e in events}


async def test_only_petition_forwards(stack: Stack, http: httpx.AsyncClient) -> None:
    receipt = await submit_public(http, stack)
    await act(http, stack, URBAN, receipt["id"], "forward", {"to_department": FINANCE}, expect=403)


async def test_reassignment_needs_a_reason_and_moves_the_complaint(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    receipt = await submit_public(http, stack)
    cid = receipt["id"]
    await act(http, stack, URBAN, cid, "reassign", {"to_department": TRANSPORT}, expect=422)
    await act(
        http,
        stack,
        URBAN,
        cid,
        "reassign",
        {"to_department": "SZ-NOWHERE", "reason": "x"},
        expect=422,
    )
    moved = await act(
        http, stack, URBAN, cid, "reassign", {"to_department": TRANSPORT, "reason": "属交通局职责"}
    )
    assert moved["handling_department"] == TRANSPORT
    assert moved["steps"][-1] == {
        **moved["steps"][-1],
        "kind": "reassigned",
        "department": URBAN,
        "to_department": TRANSPORT,
        "note": "属交通局职责",
        "officer": "sz-urban-mgmt-officer",  # R15: every step names its responsible person
    }
    await act(http, stack, URBAN, cid, "acknowledge", expect=403)  # no longer URBAN's
    events = await complaint_events(stack, cid, until=2)
    (reassigned,) = [e for e in events if e.type == "complaints.complaint.reassigned.v1"]
    # The department it is reassigned to is told, and supervision (R15); URBAN is not.
    assert (await wait_item(http, stack, TRANSPORT, reassigned))["rule"] == "R15"
    assert (await wait_item(http, stack, SUPERVISION, reassigned))["rule"] == "R15"
    assert await items_about(http, stack, URBAN, reassigned) == []


async def test_supervision_sees_every_complaint_about_a_department(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    receipt = await submit_public(http, stack)
    assert (await read(http, stack, SUPERVISION, receipt["id"])).status_code == 200
    assert (await read(http, stack, TRANSPORT, receipt["id"])).status_code == 404  # as if none
    events = await complaint_events(stack, receipt["id"], until=1)
    assert events[0].type == "complaints.complaint.received.v1"
    assert (await wait_item(http, stack, SUPERVISION, events[0]))["rule"] == "R15"
    assert (await wait_item(http, stack, URBAN, events[0]))["rule"] == "R15"
    listed = await http.get(
        stack.url("complaints") + "/complaints", params={"limit": 200}, headers=token(SUPERVISION)
    )
    assert receipt["id"] in [c["id"] for c in listed.json()["items"]]
    other = await http.get(
        stack.url("complaints") + "/complaints", params={"limit": 200}, headers=token(TRANSPORT)
    )
    assert receipt["id"] not in [c["id"] for c in other.json()["items"]]


async def test_substantiated_fault_is_referred_to_supervision_and_fed_back_publicly(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    receipt = await submit_public(http, stack)
    cid = receipt["id"]
    await act(http, stack, URBAN, cid, "outcome", outcome_body(), expect=409)  # not acknowledged
    await act(http, stack, URBAN, cid, "acknowledge")
    await act(http, stack, URBAN, cid, "outcome", {"outcome": "substantiated"}, expect=422)
    await act(http, stack, URBAN, cid, "outcome", outcome_body())
    await act(http, stack, URBAN, cid, "outcome", outcome_body(), expect=409)  # only once

    events = await complaint_events(stack, cid, until=3)
    fault = [e for e in events if e.type == "complaints.complaint.fault_substantiated.v1"]
    assert len(fault) == 1
    assert (await wait_item(http, stack, SUPERVISION, fault[0]))["rule"] == "R15"
    assert fault[0].data["concerned_department"] == URBAN
    assert fault[0].data["legal_basis"] == outcome_body()["legal_basis"]

    secret = client_headers(**{"X-Complaint-Secret": receipt["secret"]})
    public = await http.get(
        f"{stack.url('complaints')}/public/complaints/{receipt['tracking_code']}", headers=secret
    )
    body = public.json()
    assert body["status"] == "handled" and body["outcome"] == "substantiated"
    assert body["public_result"] == outcome_body()["public_result"]
    assert outcome_body()["internal_notes"] not in public.text
    assert outcome_body()["findings"] not in public.text


async def test_complainant_and_handler_exchange_messages_and_appraise_R17(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    receipt = await submit_public(http, stack)
    cid, base = receipt["id"], f"{stack.url('complaints')}/public/complaints/"
    secret = client_headers(**{"X-Complaint-Secret": receipt["secret"]})
    url = base + receipt["tracking_code"]

    sent = await http.post(url + "/messages", json={"body": "请问进展如何？"}, headers=secret)
    assert sent.status_code == 201, sent.text
    reply = await http.post(
        f"{stack.url('complaints')}/complaints/{cid}/messages",
        json={"body": "已安排核查，请耐心等待。"},
        headers=token(URBAN),
    )
    assert reply.status_code == 201, reply.text
    denied = await http.post(
        f"{stack.url('complaints')}/complaints/{cid}/messages",
        json={"body": "x"},
        headers=token(TRANSPORT),
    )
    assert denied.status_code == 403
    status = (await http.get(url, headers=secret)).json()
    assert [(m["author"], m["body"]) for m in status["messages"]] == [
        ("complainant", "请问进展如何？"),
        ("handler", "已安排核查，请耐心等待。"),
    ]

    early = await http.post(url + "/appraisal", json={"appraisal": "satisfied"}, headers=secret)
    assert early.status_code == 409  # not handled yet
    await act(http, stack, URBAN, cid, "acknowledge")
    await act(http, stack, URBAN, cid, "outcome", outcome_body("unsubstantiated"))
    rated = await http.post(url + "/appraisal", json={"appraisal": "dissatisfied"}, headers=secret)
    assert rated.status_code == 200 and rated.json()["appraisal"] == "dissatisfied"
    again = await http.post(url + "/appraisal", json={"appraisal": "satisfied"}, headers=secret)
    assert again.status_code == 409
    wrong = client_headers(**{"X-Complaint-Secret": "wrong"})
    assert (
        await http.post(url + "/messages", json={"body": "x"}, headers=wrong)
    ).status_code == 404


async def _listed(
    http: httpx.AsyncClient, stack: Stack, department: str, status: str | None = None
) -> set[str]:
    """Gets the ids of every complaint a department's list shows, reading every page."""
    ids: set[str] = set()
    params: dict[str, str | int] = {"limit": 200, **({"status": status} if status else {})}
    while True:
        response = await http.get(
            stack.url("complaints") + "/complaints", params=params, headers=token(department)
        )
        assert response.status_code == 200, response.text
        page = response.json()
        ids |= {c["id"] for c in page["items"]}
        if page["next_cursor"] is None:
            return ids
        params["cursor"] = page["next_cursor"]


async def test_a_department_lists_what_it_handles_took_first_or_forwarded(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    hotline = (await register(http, stack, "SZ-GOV-OFFICE", channel="mayor_hotline"))["id"]
    letter_receipt = await register(
        http, stack, PETITION, channel="letters_visits", category="other"
    )
    letter = letter_receipt["id"]
    await act(http, stack, PETITION, letter, "forward", {"to_department": FINANCE, "note": "转办"})

    assert hotline in await _listed(http, stack, "SZ-GOV-OFFICE"), "took the call first"
    assert hotline in await _listed(http, stack, URBAN), "handles it"
    assert letter in await _listed(http, stack, PETITION), "forwarded it"
    assert letter in await _listed(http, stack, FINANCE), "handles it after the forward"
    assert hotline not in await _listed(http, stack, FINANCE)
    assert letter not in await _listed(http, stack, URBAN)
    assert hotline in await _listed(http, stack, URBAN, status="received")
    assert hotline not in await _listed(http, stack, URBAN, status="handled")
