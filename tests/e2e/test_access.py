"""Authentication (401) and authorization (403) across the services."""

import time

import httpx
import jwt
import pytest

from shared.settings import DEV_JWT_KEY
from tests.e2e.helpers import AUDIT, FINANCE, report_body, wait_for_copies
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack


def _forged(**claims: object) -> dict[str, str]:
    base = {
        "sub": "x",
        "dept": FINANCE,
        "roles": ["officer"],
        "aud": "accountability",
        "iss": "accountability-dev",
        "exp": int(time.time()) + 600,
    }
    key = str(claims.pop("key", DEV_JWT_KEY))
    return {"Authorization": "Bearer " + jwt.encode({**base, **claims}, key, algorithm="HS256")}


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer not-a-jwt"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        _forged(key="another-key-of-sufficient-length-0123456789"),
        _forged(exp=int(time.time()) - 60),
        _forged(aud="someone-else"),
        _forged(dept=None),
    ],
    ids=["none", "garbage", "basic", "wrong-key", "expired", "wrong-audience", "no-department"],
)
async def test_missing_or_invalid_token_is_401(
    stack: Stack, http: httpx.AsyncClient, headers: dict[str, str]
) -> None:
    for url in (
        stack.url("referrals") + "/referral-reports",
        stack.url("registry") + "/departments",
    ):
        response = await (
            http.post(url, json=report_body(), headers=headers)
            if "referral" in url
            else http.get(url, headers=headers)
        )
        assert response.status_code == 401, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert response.headers["www-authenticate"] == "Bearer"


async def test_token_without_officer_role_cannot_file(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    response = await http.post(
        stack.url("referrals") + "/referral-reports",
        json=report_body(),
        headers=token(FINANCE, "operator"),
    )
    assert response.status_code == 403
    assert "officer" in response.json()["detail"]


async def test_audit_cannot_file_a_finance_document_R4(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    response = await http.post(
        stack.url("referrals") + "/referral-reports", json=report_body(), headers=token(AUDIT)
    )
    assert response.status_code == 403
    ok = await http.post(
        stack.url("referrals") + "/referral-reports",
        json=report_body(kind="audit_result_report"),
        headers=token(AUDIT),
    )
    assert ok.status_code == 201


async def test_unknown_department_in_token_cannot_file(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    response = await http.post(
        stack.url("referrals") + "/referral-reports", json=report_body(), headers=token("SZ-NOBODY")
    )
    assert response.status_code == 403


async def test_health_and_readiness_need_no_token(stack: Stack, http: httpx.AsyncClient) -> None:
    for service in ("registry", "complaints", "referrals", "notifications"):
        assert (await http.get(stack.url(service) + "/healthz")).json() == {"status": "ok"}
        assert (await http.get(stack.url(service) + "/readyz")).status_code == 200
        assert (await http.get(stack.url(service) + "/openapi.json")).status_code == 200


async def test_test_clock_is_settable_by_admins_only(stack: Stack, http: httpx.AsyncClient) -> None:
    url = stack.url("registry") + "/_test/clock"
    at = "2026-12-31T16:00:00Z"
    assert (await http.put(url, json={"at": at}, headers=token(FINANCE))).status_code == 403
    response = await http.put(
        url, json={"at": at, "advance_s": 3600}, headers=token(FINANCE, "admin")
    )
    assert response.json()["now"].startswith("2026-12-31T17:00:00")
    reset = await http.delete(url, headers=token(FINANCE, "admin"))
    assert not reset.json()["now"].startswith("2026-12-31")


async def test_metrics_need_the_operator_role_and_count_what_happened(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    url = stack.url("referrals") + "/metrics"
    assert (await http.get(url)).status_code == 401
    assert (await http.get(url, headers=token(FINANCE))).status_code == 403
    filed = await http.post(
        stack.url("referrals") + "/referral-reports", json=report_body(), headers=token(FINANCE)
    )
    await wait_for_copies(http, stack, filed.json()["id"])  # consumed: the consumer has metrics

    text = (await http.get(url, headers=token("SZ-GOV-OFFICE", "operator"))).text

    assert 'http_requests_total{method="POST",route="/referral-reports",status="201"}' in text
    assert "outbox_pending_events" in text and "outbox_oldest_pending_age_seconds" in text
    assert "relay_published_events_total" in text
    consumer = (
        await http.get(stack.url("notifications") + "/metrics", headers=token("X", "operator"))
    ).text
    assert 'consumer_events_total{group="notifications",outcome="applied"}' in consumer
    assert 'consumer_lag_records{group="notifications"' in consumer


async def test_audit_cannot_file_a_reconsideration_finding_and_nothing_is_written_R16(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    count = "select (select count(*) from referral_reports) + (select count(*) from outbox)"
    before = await stack.scalar("referrals", count)
    response = await http.post(
        stack.url("referrals") + "/referral-reports",
        json=report_body(kind="reconsideration_finding"),
        headers=token(AUDIT),
    )
    assert response.status_code == 403
    assert response.headers["content-type"] == "application/problem+json"
    assert await stack.scalar("referrals", count) == before
