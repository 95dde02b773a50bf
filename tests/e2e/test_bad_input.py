"""Bad input gets 422 problem+json and changes nothing: no row, no event."""

import httpx
import pytest

from tests.e2e.helpers import FINANCE, report_body
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack

CASES = {
    "malformed-json": b'{"kind": "financial_inspection_report", ',
    "unknown-field": report_body(severity="high"),
    "missing-field": {k: v for k, v in report_body().items() if k != "title"},
    "wrong-type": report_body(title=["not", "a", "string"]),
    "over-long-title": report_body(title="长" * 201),
    "over-long-summary": report_body(summary="x" * 4001),
    "unknown-kind": report_body(kind="gossip"),
    "empty-title": report_body(title="   "),
    "unknown-concerned-department": report_body(concerned_department="SZ-NOWHERE"),
    # Found by schemathesis: PostgreSQL text cannot hold NUL (was 500), and a body that is not
    # UTF-8 got FastAPI's undocumented 400.
    "nul-in-title": report_body(title="专项\x00检查"),
    "not-utf8": b'{"kind": "financial_inspection_report", "title": "\xe4\xb8"}',
}


async def _counts(stack: Stack) -> tuple[int, int]:
    return (
        await stack.scalar("referrals", "select count(*) from referral_reports"),
        await stack.scalar("referrals", "select count(*) from outbox"),
    )


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
async def test_bad_report_is_422_and_writes_nothing(
    stack: Stack, http: httpx.AsyncClient, case: str
) -> None:
    before = await _counts(stack)
    body = CASES[case]
    response = await http.post(
        stack.url("referrals") + "/referral-reports",
        content=body if isinstance(body, bytes) else None,
        json=None if isinstance(body, bytes) else body,
        headers={**token(FINANCE), "content-type": "application/json"},
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["type"].endswith("/validation-error")
    assert problem["status"] == 422
    assert problem["errors"], "the problem lists what is wrong"
    assert await _counts(stack) == before
