"""Request size limits: an over-long body, URL or header block is refused as problem+json.

A body over the limit (1 MiB by default) is 413 before it is read in full, whether it
declares its length or streams in chunks; the complaints' evidence files keep their own
limit (5 MiB). A path and query over 8 KiB is 414, a header block over 32 KiB is 431.
"""

from collections.abc import AsyncIterator

import httpx
import pytest

from tests.e2e.complaints_helpers import client_headers, submit_public
from tests.e2e.helpers import FINANCE, report_body
from tests.e2e.registry_helpers import GOV
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack
MIB = 1024 * 1024
COUNTS = "select (select count(*) from referral_reports), (select count(*) from outbox)"


def _assert_problem(response: httpx.Response, status: int, slug: str) -> None:
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["status"] == status and problem["type"].endswith("/" + slug), problem


def _oversized_report() -> bytes:
    """A report whose summary alone makes the body 2 MiB: otherwise a valid filing."""
    return httpx.Request("POST", "/", json=report_body(summary="x" * 2 * MIB)).content


async def test_a_body_over_the_limit_is_413_and_files_nothing(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    before = await stack.fetch("referrals", COUNTS)
    response = await http.post(
        stack.url("referrals") + "/referral-reports",
        content=_oversized_report(),
        headers={**token(FINANCE), "content-type": "application/json"},
    )
    _assert_problem(response, 413, "content-too-large")
    assert str(MIB) in response.json()["detail"]
    assert await stack.fetch("referrals", COUNTS) == before


async def test_a_streamed_body_without_a_length_is_cut_off_at_the_limit(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """Chunked transfer: no Content-Length to check, so the bytes are counted as they come."""
    body = _oversized_report()

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 64 * 1024):
            yield body[start : start + 64 * 1024]

    before = await stack.fetch("referrals", COUNTS)
    response = await http.post(
        stack.url("referrals") + "/referral-reports",
        content=chunks(),
        headers={**token(FINANCE), "content-type": "application/json"},
    )
    _assert_problem(response, 413, "content-too-large")
    assert await stack.fetch("referrals", COUNTS) == before


async def test_evidence_keeps_its_own_limit_above_the_body_limit(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """A 2 MiB PDF is stored (evidence allows 5 MiB); a 6 MiB one gets evidence's own 413."""
    receipt = await submit_public(http, stack)
    url = f"{stack.url('complaints')}/public/complaints/{receipt['tracking_code']}/evidence"
    headers = client_headers(
        **{"X-Complaint-Secret": receipt["secret"], "Content-Type": "application/pdf"}
    )
    stored = await http.post(url, content=b"%PDF-1.7\n" + b"0" * 2 * MIB, headers=headers)
    assert stored.status_code == 201, stored.text
    too_big = await http.post(url, content=b"%PDF-1.7\n" + b"0" * 6 * MIB, headers=headers)
    _assert_problem(too_big, 413, "payload-too-large")
    count = "select count(*) from complaint_evidence e join complaints c on c.id = e.complaint_id"
    assert (
        await stack.scalar(
            "complaints", f"{count} where c.tracking_code = $1", receipt["tracking_code"]
        )
        == 1
    )


async def test_an_over_long_url_is_414_and_an_over_long_header_block_431(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    url = stack.url("registry") + "/tasks"
    long_url = await http.get(url, params={"q": "x" * 9000}, headers=token(GOV))
    _assert_problem(long_url, 414, "uri-too-long")
    long_headers = await http.get(url, headers={**token(GOV), "X-Padding": "x" * 40_000})
    _assert_problem(long_headers, 431, "headers-too-large")
    usual = await http.get(url, params={"q": "x" * 100}, headers=token(GOV))
    assert usual.status_code == 200, usual.text
