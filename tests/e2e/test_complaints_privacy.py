"""Complainant privacy (petition rule): never the accused unit's, every read logged, no events."""

import json
import uuid

import httpx
import pytest

from tests.e2e.complaints_helpers import (
    NAMED,
    PETITION,
    SUPERVISION,
    URBAN,
    act,
    client_headers,
    complaint_body,
    complaint_events,
    outcome_body,
    register,
    submit_public,
)
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack


READS = "select department, subject, purpose from complainant_reads where complaint_id = $1"
CONFLICT = "https://accountability.example.gov.cn/problems/conflict-of-interest"


def identity_url(stack: Stack, complaint_id: str) -> str:
    """The route that reads a complaint's complainant."""
    return f"{stack.url('complaints')}/complaints/{complaint_id}/complainant"


async def test_petition_rule_the_accused_unit_never_reads_who_complained(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """Petition rule: the accused handles the complaint (转办) without the identity; the
    overseer reads it with a stated purpose, the read logged and listed for SUPERVISION."""
    described = f"我是{NAMED['name']}，电话{NAMED['phone']}，多次反映无人处理。"
    receipt = await submit_public(http, stack, complainant=NAMED, description=described)
    url = identity_url(stack, receipt["id"])
    purpose = {"purpose": "回访核实"}

    refused = await http.get(url, params=purpose, headers=token(URBAN))  # handler and accused
    assert refused.status_code == 403, refused.text
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["type"] == CONFLICT
    assert "conflict of interest" in refused.json()["detail"]
    for department in ("SZ-TRANSPORT", PETITION):  # no part in it: as for no complaint at all
        hidden = await http.get(url, params=purpose, headers=token(department))
        assert hidden.status_code == 404, (department, hidden.text)
    no_purpose = await http.get(url, headers=token(SUPERVISION))
    assert no_purpose.status_code == 422
    blank = await http.get(url, params={"purpose": "  "}, headers=token(SUPERVISION))
    assert blank.status_code == 422
    assert await stack.fetch("complaints", READS, uuid.UUID(receipt["id"])) == []

    response = await http.get(url, params=purpose, headers=token(SUPERVISION))
    assert response.status_code == 200, response.text
    assert response.json() == NAMED
    logged = await stack.fetch("complaints", READS, uuid.UUID(receipt["id"]))
    assert [dict(r) for r in logged] == [
        {"department": SUPERVISION, "subject": "sz-supervision-officer", "purpose": "回访核实"}
    ]
    reads_url = f"{url}-reads"
    listed = await http.get(reads_url, headers=token(SUPERVISION))
    assert listed.status_code == 200, listed.text
    assert [(r["department"], r["purpose"]) for r in listed.json()] == [(SUPERVISION, "回访核实")]
    assert (await http.get(reads_url, headers=token(URBAN))).status_code == 403

    # The accused reads the matter without the identity, in the complaint and its messages.
    await http.post(
        f"{stack.url('complaints')}/public/complaints/{receipt['tracking_code']}/messages",
        json={"body": f"补充：{NAMED['name']}，地址{NAMED['address']}"},
        headers=client_headers(**{"X-Complaint-Secret": receipt["secret"]}),
    )
    base = f"{stack.url('complaints')}/complaints/{receipt['id']}"
    for path in ("", "/messages"):
        accused = await http.get(base + path, headers=token(URBAN))
        assert accused.status_code == 200, accused.text
        for value in NAMED.values():
            assert value not in accused.text, (path, value)
        assert "[已隐去]" in accused.text
        overseer = await http.get(base + path, headers=token(SUPERVISION))
        assert NAMED["name"] in overseer.text  # the overseer reads the texts as written


async def test_petition_rule_a_unit_below_the_accused_never_reads_the_identity(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """Petition rule: the directory's parent links count, a unit under the accused is accused."""
    code = f"{URBAN}-P{uuid.uuid4().hex[:6].upper()}"
    unit = await http.post(
        f"{stack.url('registry')}/departments/{URBAN}/internal-units",
        json={"code": code, "name_zh": "执法大队", "name_en": "Enforcement Brigade"},
        headers=token(URBAN),
    )
    assert unit.status_code == 201, unit.text
    receipt = await submit_public(http, stack, complainant=NAMED)
    reason = {"to_department": code, "reason": "由执法大队具体办理"}
    await act(http, stack, URBAN, receipt["id"], "reassign", reason)

    refused = await http.get(
        identity_url(stack, receipt["id"]), params={"purpose": "办理"}, headers=token(code)
    )
    assert refused.status_code == 403, refused.text
    assert refused.json()["type"] == CONFLICT
    assert await stack.fetch("complaints", READS, uuid.UUID(receipt["id"])) == []


async def test_petition_rule_r10_the_forwarding_petition_office_reads_not_the_accused(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """Petition rule, R10: PETITION forwards a letter to the accused, which never sees who."""
    receipt = await register(http, stack, PETITION, channel="letters_visits", complainant=NAMED)
    await act(http, stack, PETITION, receipt["id"], "forward", {"to_department": URBAN})
    url = identity_url(stack, receipt["id"])
    accused = await http.get(url, params={"purpose": "办理"}, headers=token(URBAN))
    assert accused.status_code == 403 and accused.json()["type"] == CONFLICT
    petition = await http.get(url, params={"purpose": "回复来信人"}, headers=token(PETITION))
    assert petition.status_code == 200 and petition.json() == NAMED


async def test_anonymous_complaint_stays_anonymous_on_every_read_path(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """Petition rule: an anonymous complaint has no identity anywhere, for anyone."""
    receipt = await submit_public(http, stack)
    complaints = stack.url("complaints")
    base = f"{complaints}/complaints/{receipt['id']}"
    for department in (URBAN, SUPERVISION):
        identity = await http.get(
            base + "/complainant", params={"purpose": "回访"}, headers=token(department)
        )
        assert identity.status_code == (403 if department == URBAN else 404), identity.text
        detail = await http.get(base, headers=token(department))
        assert detail.json()["anonymous"] is True
        for path in ("/messages", "/evidence"):
            answer = await http.get(base + path, headers=token(department))
            assert answer.status_code == 200 and answer.json() == [], (path, answer.text)
    reads = await http.get(base + "/complainant-reads", headers=token(SUPERVISION))
    assert reads.json() == []
    secret = client_headers(**{"X-Complaint-Secret": receipt["secret"]})
    code = receipt["tracking_code"]
    public = await http.get(f"{complaints}/public/complaints/{code}", headers=secret)
    open311 = await http.get(f"{complaints}/open311/v2/requests/{code}.json", headers=secret)
    assert public.status_code == 200 and open311.status_code == 200
    for field in ("name", "phone", "address", "complainant"):
        assert f'"{field}"' not in public.text, field
    [request] = open311.json()
    assert request["address"] is None  # GeoReport's address is the place, never the person
    assert not {"first_name", "last_name", "phone", "email"} & set(request)
    assert (
        await stack.scalar(
            "complaints",
            "select count(*) from complainants where complaint_id = $1",
            uuid.UUID(receipt["id"]),
        )
        == 0
    )


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
