"""Quarterly statistics for supervision (R14) and assessment (R17)."""

from collections.abc import AsyncIterator

import httpx
import pytest

from tests.e2e.complaints_helpers import (
    SUPERVISION,
    URBAN,
    act,
    client_headers,
    outcome_body,
    register,
    run_checks,
    set_clock,
    submit_public,
)
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack


@pytest.fixture
async def clock(stack: Stack, http: httpx.AsyncClient) -> AsyncIterator[None]:
    """Leaves the complaints clock at the system time after the test."""
    try:
        yield
    finally:
        await set_clock(http, stack, None)


async def test_quarter_counts_and_on_time_rate_R14_R17(
    stack: Stack, http: httpx.AsyncClient, clock: None
) -> None:
    await set_clock(http, stack, "2027-07-05T02:00:00Z")  # third quarter of 2027
    handled = await submit_public(http, stack, event_date="2027-07-01")
    await register(
        http,
        stack,
        "SZ-GOV-OFFICE",
        channel="mayor_hotline",
        category="delay",
        event_date="2027-07-01",
    )
    await act(http, stack, URBAN, handled["id"], "acknowledge")
    await act(http, stack, URBAN, handled["id"], "outcome", outcome_body())
    secret = client_headers(**{"X-Complaint-Secret": handled["secret"]})
    rated = await http.post(
        f"{stack.url('complaints')}/public/complaints/{handled['tracking_code']}/appraisal",
        json={"appraisal": "dissatisfied"},
        headers=secret,
    )
    assert rated.status_code == 200
    await set_clock(http, stack, "2027-09-01T02:00:00Z")
    await run_checks(http, stack)

    url = stack.url("complaints") + "/complaint-statistics"
    stats = await http.get(url, params={"year": 2027, "quarter": 3}, headers=token(SUPERVISION))
    assert stats.status_code == 200, stats.text
    body = stats.json()
    assert body["received"] == 2 and body["handled"] == 1
    assert body["handled_on_time"] == 1 and body["on_time_rate"] == 1.0
    assert body["escalated"] == 1
    assert body["by"]["category"] == {"inaction": 1, "delay": 1}
    assert body["by"]["channel"] == {"web_form": 1, "mayor_hotline": 1}
    assert body["by"]["target_department"] == {URBAN: 2}
    assert body["by"]["outcome"] == {"substantiated": 1}
    assert body["by"]["appraisal"] == {"dissatisfied": 1}

    denied = await http.get(url, params={"year": 2027, "quarter": 3}, headers=token(URBAN))
    assert denied.status_code == 403
    bad = await http.get(url, params={"year": 2027, "quarter": 5}, headers=token(SUPERVISION))
    assert bad.status_code == 422
