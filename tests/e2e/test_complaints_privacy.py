"""Complainant privacy: identity only for the handler, every read logged, never in events."""

import json
import uuid

import httpx
import pytest

from tests.e2e.complaints_helpers import (
    NAMED,
    SUPERVISION,
    URBAN,
    act,
    client_headers,
    complaint_body,
    complaint_events,
    outcome_body,
    submit_public,
)
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack


async def test_only_the_handler_reads_the_identity_and_each_read_is_logged(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    receipt = await submit_public(http, stack, complainant=NAMED)
    url = f"{stack.url('complaints')}/complaints/{receipt['id']}/complainant"

    for department in (SUPERVISION, "SZ-TRANSPORT", "SZ-PETITION"):
        denied = await http.get(url, headers=token(department))
        assert denied.status_code == 403, (department, denied.text)
    reads = "select department, subject, purpose from complainant_reads where complaint_id = $1"
    assert await stack.fetch("complaints", reads, uuid.UUID(receipt["id"])) == []

    response = await http.get(url, params={"purpose": "回访核实"}, headers=token(URBAN))
    assert response.status_code == 200, response.text
    assert response.json() == NAMED
    logged = await stack.fetch("complaints", reads, uuid.UUID(receipt["id"]))
    assert [dict(r) for r in logged] == [
        {"department": URBAN, "subject": "sz-urban-mgmt-officer", "purpose": "回访核实"}
    ]

    detail = await http.get(
        f"{stack.url('complaints')}/complaints/{receipt['id']}", headers=token(URBAN)
    )
    assert NAMED["name"] not in detail.text and NAMED["phone"] not in detail.text


async def test_anonymous_complaint_has_no_identity_to_read(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    receipt = await submit_public(http, stack)
    response = await http.get(
        f"{stack.url('complaints')}/complaints/{receipt['id']}/complainant", headers=token(URBAN)
    )
    assert response.status_code == 404


async def test_no_personal_data_in_any_published_event_or_log(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    receipt = await submit_public(http, stack, complainant=NAMED)
    await act(http, stack, URBAN, receipt["id"], "acknowledge")
    await act(http, stack, URBAN, receipt["id"], "outcome", outcome_body())

    events = await complaint_events(stack, receipt["id"], until=3)
    types = {e.type for e in events}
    assert {
        "complaints.complaint.received.v1",
        "complaints.complaint.handled.v1",
        "complaints.complaint.fault_substantiated.v1",
    } <= types
    for envelope in events:
        wire = json.dumps(envelope.model_dump(mode="json"), ensure_ascii=False)
        for value in (*NAMED.values(), complaint_body()["description"], receipt["secret"]):
            assert value not in wire, (envelope.type, value)
        assert receipt["tracking_code"] not in wire
    logs = stack.log_text("complaints")
    for value in (*NAMED.values(), receipt["secret"]):
        assert value not in logs, value  # nor in the service's logs


BAD_CASES = {
    "unknown-department": complaint_body(target_department="SZ-NOWHERE"),
    "unknown-category": complaint_body(category="rudeness"),
    "empty-description": complaint_body(description="   "),
    "over-long-description": complaint_body(description="长" * 4001),
    "invalid-phone": complaint_body(complainant={**NAMED, "phone": "12345"}),
    "future-event-date": complaint_body(event_date="2999-01-01"),
    "unknown-field": complaint_body(priority="high"),
    "channel-on-public-form": complaint_body(channel="internal"),
}


@pytest.mark.parametrize("case", BAD_CASES, ids=list(BAD_CASES))
async def test_bad_complaint_is_422_and_writes_nothing(
    stack: Stack, http: httpx.AsyncClient, case: str
) -> None:
    counts = (
        "select (select count(*) from complaints) + (select count(*) from complainants)"
        " + (select count(*) from outbox)"
    )
    before = await stack.scalar("complaints", counts)
    response = await http.post(
        stack.url("complaints") + "/public/complaints",
        json=BAD_CASES[case],
        headers=client_headers(),
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"]
    assert await stack.scalar("complaints", counts) == before


async def test_invalid_idempotency_key_is_refused(stack: Stack, http: httpx.AsyncClient) -> None:
    response = await http.post(
        stack.url("complaints") + "/public/complaints",
        json=complaint_body(),
        headers=client_headers(**{"Idempotency-Key": "1"}),
    )
    assert response.status_code == 422
