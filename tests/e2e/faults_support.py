"""What the fault tests share: a steady stream of referral reports, and counting their copies.

Each filing carries an Idempotency-Key and is retried with it on a transport error or a 503,
as an agency's client does (tests/e2e/helpers.py post_retried).
"""

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.e2e.helpers import FINANCE, RETRIES, Attempt, post_retried, report_body
from tests.support.stack import Stack, token, wait_for

COPIES = 2  # every referral report reaches SUPERVISION and PERSONNEL (R6)


@dataclass
class Outcome:
    """What one filing of a stream got back, after its retries with the same key."""

    index: int
    title: str
    sent_at: float
    elapsed: float
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None
    error: str | None = None
    attempts: list[Attempt] = field(default_factory=list)

    @property
    def replayed(self) -> bool:
        """Tells whether the answer was the stored one (an earlier try had committed)."""
        return self.headers.get("idempotent-replayed") == "true"

    @property
    def report_id(self) -> str:
        """Gets the id of the report this request filed (201 only)."""
        assert self.status == 201, self
        return str(self.body["id"])


@dataclass
class Stream:
    """A steady stream of referral filings: `rate` per second from `clients` concurrent clients."""

    stack: Stack
    total: int
    rate: float
    clients: int = 8
    tag: str = "stream"
    timeout_s: float = 30.0
    retries: int = RETRIES
    outcomes: list[Outcome] = field(default_factory=list)
    started: float = 0.0

    @property
    def sent(self) -> int:
        """Counts the requests sent so far."""
        return len(self.outcomes)

    async def run(self) -> list[Outcome]:
        """Files `total` reports at the fixed rate; returns every outcome, in send order."""
        headers = token(FINANCE)  # minted once: the stream measures the services, not the test
        url = self.stack.url("referrals") + "/referral-reports"
        limits = httpx.Limits(max_connections=self.clients, max_keepalive_connections=self.clients)
        indices = iter(range(self.total))
        self.started = time.monotonic()
        async with httpx.AsyncClient(timeout=self.timeout_s, limits=limits) as http:

            async def client() -> None:
                for index in indices:
                    # Each request has its slot on a fixed schedule; a late one goes at once.
                    delay = self.started + index / self.rate - time.monotonic()
                    if delay > 0:
                        await asyncio.sleep(delay)
                    await self._send(http, url, headers, index)

            await asyncio.gather(*[client() for _ in range(self.clients)])
        self.outcomes.sort(key=lambda o: o.index)
        return self.outcomes

    async def _send(
        self, http: httpx.AsyncClient, url: str, headers: dict[str, str], index: int
    ) -> None:
        title = f"{self.tag}-{index}"
        outcome = Outcome(index, title, time.monotonic(), 0.0)
        self.outcomes.append(outcome)
        retried = await post_retried(
            http, url, json=report_body(title=title), headers=headers, retries=self.retries
        )
        outcome.attempts, response = retried.attempts, retried.response
        outcome.error = retried.attempts[-1].error
        if response is not None:
            outcome.status, outcome.headers = response.status_code, dict(response.headers)
            try:
                outcome.body = response.json() if response.content else None
            except ValueError as exc:
                outcome.error = repr(exc)
        outcome.elapsed = time.monotonic() - outcome.sent_at

    async def when_sent(self, count: int) -> None:
        """Waits until `count` requests of the stream have been sent."""

        async def reached() -> bool:
            return self.sent >= count

        # Generous: on a loaded machine the stream runs below its target rate.
        await wait_for(reached, timeout=5 * count / self.rate + 300, interval=0.05)


async def copies_per_report(stack: Stack, report_ids: list[str]) -> dict[tuple[str, str], int]:
    """Counts the inbox items of each (report, department) in the notifications database."""
    rows = await stack.fetch(
        "notifications",
        "select subject, department, count(*) from inbox_items "
        "where subject = any($1::text[]) group by subject, department",
        report_ids,
    )
    return {(r[0], r[1]): r[2] for r in rows}


async def wait_all_copied_once(
    stack: Stack, report_ids: list[str], timeout: float = 120
) -> dict[tuple[str, str], int]:
    """Waits until every report has its two copies; asserts none was doubled."""

    async def complete() -> dict[tuple[str, str], int] | None:
        counts = await copies_per_report(stack, report_ids)
        return counts if len(counts) == COPIES * len(report_ids) else None

    counts = await wait_for(complete, timeout=timeout, interval=1.0)
    doubled = {key: n for key, n in counts.items() if n != 1}
    assert not doubled, f"inbox items doubled: {list(doubled.items())[:5]}"
    assert {department for _, department in counts} == {"SZ-SUPERVISION", "SZ-PERSONNEL"}
    return dict(counts)
