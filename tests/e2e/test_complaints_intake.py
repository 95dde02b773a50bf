"""Complaint intake: the public web form, officers' channels, receipts, idempotency (R9, R15)."""

import asyncio
import uuid

import httpx
import pytest

from tests.e2e.complaints_helpers import (
    PETITION,
    SUPERVISION,
    TRANSPORT,
    URBAN,
    client_headers,
    complaint_body,
    read,
    register,
    submit_public,
)
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack


async def test_anonymous_web_complaint_is_tracked_with_code_and_secret(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    receipt = await submit_public(http, stack)
    assert receipt["tracking_code"].startswith("TS-")
    assert receipt["status"] == "received"
    assert receipt["handling_department"] == URBAN

    url = f"{stack.url('complaints')}/public/complaints/{receipt['tracking_code']}"
    status = await http.get(
        url, headers=client_headers(**{"X-Complaint-Secret": receipt["secret"]})
    )
    assert status.status_code == 200, status.text
    assert status.json()["status"] == "received"
    assert "description" not in status.json()

    stored = await stack.fetch(
        "complaints",
        "select secret_hash, anonymous from complaints where id = $1",
        uuid.UUID(receipt["id"]),
    )
    assert stored[0]["anonymous"] is True
    assert receipt["secret"] not in stored[0]["secret_hash"]  # only a hash is kept
    assert stored[0]["secret_hash"].startswith("pbkdf2_sha256$")


async def test_wrong_secret_is_indistinguishable_from_an_unknown_code(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    receipt = await submit_public(http, stack)
    base = stack.url("complaints") + "/public/complaints/"
    wrong = await http.get(
        base + receipt["tracking_code"], headers=client_headers(**{"X-Complaint-Secret": "guess"})
    )
    unknown = await http.get(
        base + "TS-0000000000AB", headers=client_headers(**{"X-Complaint-Secret": "guess"})
    )
    assert wrong.status_code == unknown.status_code == 404
    assert wrong.headers["content-type"] == "application/problem+json"
    assert {k: v for k, v in wrong.json().items() if k != "instance"} == {
        k: v for k, v in unknown.json().items() if k != "instance"
    }


async def test_retried_submission_with_idempotency_key_returns_the_same_complaint(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    headers = client_headers(**{"Idempotency-Key": str(uuid.uuid4())})
    url = stack.url("complaints") + "/public/complaints"
    first = await http.post(url, json=complaint_body(), headers=headers)
    again = await http.post(url, json=complaint_body(), headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert first.json() == again.json()  # same id, code and secret
    count = await stack.scalar(
        "complaints", "select count(*) from complaints where id = $1", uuid.UUID(first.json()["id"])
    )
    assert count == 1

    other = await http.post(url, json=complaint_body(description="另一件事"), headers=headers)
    assert other.status_code == 409  # the key belongs to another submission


async def test_concurrent_retries_with_one_key_create_one_complaint(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    headers = client_headers(**{"Idempotency-Key": str(uuid.uuid4())})
    url = stack.url("complaints") + "/public/complaints"
    responses = await asyncio.gather(
        *(http.post(url, json=complaint_body(), headers=headers) for _ in range(6))
    )
    assert {r.status_code for r in responses} == {201}
    assert len({(r.json()["id"], r.json()["secret"]) for r in responses}) == 1
    count = await stack.scalar(
        "complaints", "select count(*) from outbox where key = $1", responses[0].json()["id"]
    )
    assert count == 1  # one received event
    entries = await stack.scalar(
        "complaints",
        "select count(*) from audit_log where record_id = $1",
        responses[0].json()["id"],
    )
    assert entries == 1  # one audit entry: the retries that waited on the key wrote nothing


async def test_web_form_first_contact_is_the_target_department_R15(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    receipt = await submit_public(http, stack)
    complaint = (await read(http, stack, URBAN, receipt["id"])).json()
    assert complaint["channel"] == "web_form"
    assert complaint["first_contact_department"] == URBAN
    assert [s["kind"] for s in complaint["steps"]] == ["received"]


async def test_letters_and_visits_are_entered_by_petition_only(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    receipt = await register(http, stack, PETITION, channel="letters_visits")
    assert receipt["handling_department"] == PETITION  # it triages and forwards (R10)
    refused = await http.post(
        stack.url("complaints") + "/complaints",
        json=complaint_body(channel="letters_visits"),
        headers=token("SZ-TRANSPORT"),
    )
    assert refused.status_code == 403
    web = await http.post(
        stack.url("complaints") + "/complaints",
        json=complaint_body(channel="web_form"),
        headers=token(PETITION),
    )
    assert web.status_code == 403  # the web form is the public endpoint


async def test_hotline_complaint_records_the_unit_that_took_the_call_R15(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    receipt = await register(http, stack, "SZ-GOV-OFFICE", channel="mayor_hotline")
    complaint = (await read(http, stack, "SZ-GOV-OFFICE", receipt["id"])).json()
    assert complaint["first_contact_department"] == "SZ-GOV-OFFICE"
    assert complaint["handling_department"] == URBAN


async def test_media_lead_goes_to_supervision_R9(stack: Stack, http: httpx.AsyncClient) -> None:
    receipt = await register(http, stack, "SZ-GOV-OFFICE", channel="media_report")
    assert receipt["handling_department"] == SUPERVISION


async def test_officer_channels_need_a_token(stack: Stack, http: httpx.AsyncClient) -> None:
    response = await http.post(
        stack.url("complaints") + "/complaints", json=complaint_body(channel="phone_hotline")
    )
    assert response.status_code == 401


async def test_public_endpoints_are_rate_limited_per_client(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    headers = client_headers(**{"X-Complaint-Secret": "x"})
    url = stack.url("complaints") + "/public/complaints/TS-0000000000AB"
    statuses = [(await http.get(url, headers=headers)).status_code for _ in range(31)]
    assert statuses[:30] == [404] * 30
    assert statuses[30] == 429
    limited = await http.get(url, headers=headers)
    assert limited.headers["content-type"] == "application/problem+json"
    assert int(limited.headers["Retry-After"]) > 0
    other = await http.get(url, headers=client_headers(**{"X-Complaint-Secret": "x"}))
    assert other.status_code == 404  # another client is not affected


async def test_officer_idempotency_keys_are_scoped_to_the_department(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    key = str(uuid.uuid4())
    url = stack.url("complaints") + "/complaints"
    body = complaint_body(channel="phone_hotline")
    first = await http.post(url, json=body, headers={**token(PETITION), "Idempotency-Key": key})
    again = await http.post(url, json=body, headers={**token(PETITION), "Idempotency-Key": key})
    other = await http.post(url, json=body, headers={**token(TRANSPORT), "Idempotency-Key": key})
    assert first.status_code == again.status_code == other.status_code == 201
    assert first.json()["id"] == again.json()["id"] != other.json()["id"]


async def test_complaint_list_pages_with_a_stable_cursor(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    for _ in range(3):
        await register(http, stack, PETITION, channel="letters_visits")
    url = stack.url("complaints") + "/complaints"

    async def all_ids(limit: int) -> list[str]:
        ids: list[str] = []
        cursor = None
        while True:
            params = {"limit": limit, **({"cursor": cursor} if cursor else {})}
            page = (await http.get(url, params=params, headers=token(PETITION))).json()
            ids += [item["id"] for item in page["items"]]
            cursor = page["next_cursor"]
            if cursor is None:
                return ids

    whole = await all_ids(200)
    assert len(whole) >= 3
    assert await all_ids(1) == whole
    missing = await http.get(f"{url}/{uuid.uuid4()}", headers=token(PETITION))
    assert missing.status_code == 404
