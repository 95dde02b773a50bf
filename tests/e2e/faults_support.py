"""What the fault tests share: a steady stream of referral reports, counting their copies, and
second replicas of a service with the partitions each holds.

Each filing carries an Idempotency-Key and is retried with it on a transport error or a 503,
as an agency's client does (tests/e2e/helpers.py post_retried).
"""

import asyncio
import subprocess
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.coordinator.protocol import ConsumerProtocolMemberAssignment

from tests.e2e.helpers import FINANCE, RETRIES, Attempt, post_retried, report_body
from tests.support.stack import BOOTSTRAP, Stack, token, wait_for

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
    key: str = ""  # its Idempotency-Key, the same on every try

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
    """A steady stream of referral filings: `rate` per second from `clients` concurrent clients.

    `bases` are the base URLs of several referrals replicas behind a load balancer: filing i
    goes to replica i mod n first and each retry to the next one (default: the stack's one).
    """

    stack: Stack
    total: int
    rate: float
    clients: int = 8
    tag: str = "stream"
    timeout_s: float = 30.0
    retries: int = RETRIES
    bases: list[str] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    started: float = 0.0

    @property
    def sent(self) -> int:
        """Counts the requests sent so far."""
        return len(self.outcomes)

    async def run(self) -> list[Outcome]:
        """Files `total` reports at the fixed rate; returns every outcome, in send order."""
        headers = token(FINANCE)  # minted once: the stream measures the services, not the test
        urls = [base + "/referral-reports" for base in self.bases or [self.stack.url("referrals")]]
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
                    turn = index % len(urls)
                    await self._send(http, urls[turn:] + urls[:turn], headers, index)

            await asyncio.gather(*[client() for _ in range(self.clients)])
        self.outcomes.sort(key=lambda o: o.index)
        return self.outcomes

    async def _send(
        self, http: httpx.AsyncClient, urls: list[str], headers: dict[str, str], index: int
    ) -> None:
        title = f"{self.tag}-{index}"
        outcome = Outcome(index, title, time.monotonic(), 0.0)
        self.outcomes.append(outcome)
        retried = await post_retried(
            http, urls, json=report_body(title=title), headers=headers, retries=self.retries
        )
        outcome.key, outcome.attempts, response = retried.key, retried.attempts, retried.response
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


async def start_replica(
    stack: Stack, service: str, port: int, log_name: str, **settings: str
) -> subprocess.Popen[bytes]:
    """Starts another `python -m services.<name> serve` on its own port: same database, same
    topic prefix and consumer groups; waits until it is ready."""
    replica = stack.spawn(service, log_name=log_name, port=str(port), **settings)
    async with httpx.AsyncClient() as client:

        async def ready() -> bool:
            assert replica.poll() is None, f"the {service} replica exited; see {stack.logs}"
            try:
                return (await client.get(f"http://127.0.0.1:{port}/readyz")).status_code == 200
            except httpx.TransportError:
                return False

        await wait_for(ready, timeout=60)
    return replica


def stop_replica(process: subprocess.Popen[bytes]) -> None:
    """Stops a replica still running (SIGTERM)."""
    if process.poll() is None:
        process.terminate()
        process.wait(timeout=30)


async def holdings(stack: Stack, group: str, topic: str) -> dict[int, set[int]]:
    """Gets which partitions of a topic each member of a consumer group holds, by pid."""
    admin = AIOKafkaAdminClient(bootstrap_servers=BOOTSTRAP)
    await admin.start()
    try:
        [response] = await admin.describe_consumer_groups([stack.prefix + group])
    finally:
        await admin.close()
    held_by: dict[int, set[int]] = {}
    for member in response.groups[0][5]:
        client_id, assignment = member[1], member[4]
        pid = int(client_id.rsplit("-", 1)[1])  # the consumer's client id ends with its pid
        held = ConsumerProtocolMemberAssignment.decode(assignment).assignment if assignment else []
        held_by[pid] = {p for t, parts in held if t == stack.prefix + topic for p in parts}
    return held_by
