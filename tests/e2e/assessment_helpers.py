"""Requests and events the assessment end-to-end tests share."""

import uuid
from typing import Any

import httpx

from shared.events import Envelope
from tests.e2e.referrals_helpers import produce
from tests.support.stack import Stack, token, wait_for

GOV, SUP, PERSONNEL = "SZ-GOV-OFFICE", "SZ-SUPERVISION", "SZ-PERSONNEL"
FIN, AUDIT, LEGAL, ENV = "SZ-FINANCE", "SZ-AUDIT", "SZ-LEGAL", "SZ-ENVIRONMENT"
LEGAL_OUTCOMES = "referrals.legal-outcomes"


def legal_outcome(
    department: str, decided_on: str, outcome: str = "revoked", subject: str | None = None
) -> Envelope:
    """A LegalOutcomeRecorded envelope as referrals publishes it (the contract of issue 15)."""
    outcome_id = uuid.uuid4()
    return Envelope(
        source="referrals",
        type="referrals.legal_outcome.recorded.v1",
        subject=subject or str(outcome_id),
        data={
            "outcome_id": str(outcome_id),
            "department": department,
            "proceeding": "reconsideration" if outcome in {"revoked", "upheld"} else "lawsuit",
            "act": f"行政处罚决定 {outcome_id.hex[:6]}",
            "outcome": outcome,
            "decided_on": decided_on,
            "recorded_at": f"{decided_on}T09:00:00+08:00",
        },
    )


async def record_outcomes(stack: Stack, *envelopes: Envelope) -> None:
    """Publishes legal outcomes on their topic, in order."""
    for envelope in envelopes:
        await produce(stack, LEGAL_OUTCOMES, envelope)


async def explain(
    http: httpx.AsyncClient, stack: Stack, year: int, code: str, by: str = SUP, **params: Any
) -> dict[str, Any]:
    """Gets a unit's explained card (asserting 200)."""
    response = await http.get(
        f"{stack.url('registry')}/assessment/{year}/departments/{code}",
        params=params,
        headers=token(by),
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


async def wait_lines(
    http: httpx.AsyncClient, stack: Stack, year: int, code: str, count: int
) -> dict[str, Any]:
    """Waits until a unit's card has at least `count` ledger lines; returns the card."""

    async def enough() -> dict[str, Any] | None:
        found = await explain(http, stack, year, code)
        return found if len(found["lines"]) >= count else None

    result: dict[str, Any] = await wait_for(enough, timeout=60, interval=0.3)
    return result


async def scorecard(
    http: httpx.AsyncClient, stack: Stack, year: int, by: str = GOV, **params: Any
) -> httpx.Response:
    """Gets the scorecard of a year."""
    return await http.get(
        f"{stack.url('registry')}/assessment/{year}/scorecard", params=params, headers=token(by)
    )
