"""Requests the end-to-end tests share."""

import asyncio
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from shared.events import Envelope
from tests.support.stack import BOOTSTRAP, Stack, token, wait_for

FINANCE, AUDIT = "SZ-FINANCE", "SZ-AUDIT"
SUPERVISION, PERSONNEL = "SZ-SUPERVISION", "SZ-PERSONNEL"
RETRIES = 8  # bounded: a client gives up after this many retries
TRANSPORT_RETRY_S = 0.5  # no Retry-After on a dropped connection: a short pause
IN_PROGRESS = "https://accountability.example.gov.cn/problems/request-in-progress"


async def metric(http: httpx.AsyncClient, stack: Stack, service: str, name: str) -> float:
    """Reads one unlabelled sample from a service's /metrics (as an operator)."""
    metrics = await http.get(stack.url(service) + "/metrics", headers=token("OPS", "operator"))
    (line,) = [x for x in metrics.text.splitlines() if x.startswith(name + " ")]
    return float(line.split()[1])


@dataclass
class Attempt:
    """One try of a retried request: its status or its transport error, and how long it took."""

    status: int | None
    error: str | None
    elapsed: float
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Retried:
    """What a retried request got: the last response (None if every try failed) and each try."""

    key: str
    response: httpx.Response | None = None
    attempts: list[Attempt] = field(default_factory=list)


def _retryable(response: httpx.Response) -> bool:
    if response.status_code == 503:
        return True
    # The first try with this key is still running on the server (e.g. it outlived our timeout).
    return response.status_code == 409 and IN_PROGRESS in response.text


async def post_retried(
    http: httpx.AsyncClient,
    url: str | Sequence[str],
    *,
    json: Any,
    headers: dict[str, str],
    key: str | None = None,
    retries: int = RETRIES,
    timeout: float | None = None,
) -> Retried:
    """POSTs with an Idempotency-Key, retrying transport errors and 503 with the same key.

    What an agency's client does: Retry-After is honoured, retries are bounded. Several URLs
    are a load balancer's replicas: each try goes to the next one, and a transport error
    pauses only once every replica has been tried.
    """
    urls = [url] if isinstance(url, str) else list(url)
    retried = Retried(key or f"test-{uuid.uuid4()}")
    for attempt in range(retries + 1):
        started = time.monotonic()
        try:
            response = await http.post(
                urls[attempt % len(urls)],
                json=json,
                headers={**headers, "Idempotency-Key": retried.key},
                timeout=timeout if timeout is not None else http.timeout,
            )
        except httpx.TransportError as exc:
            retried.attempts.append(Attempt(None, repr(exc), time.monotonic() - started))
            if attempt < retries and (attempt + 1) % len(urls) == 0:
                await asyncio.sleep(TRANSPORT_RETRY_S)
            continue
        retried.response = response
        retried.attempts.append(
            Attempt(response.status_code, None, time.monotonic() - started, dict(response.headers))
        )
        if not _retryable(response) or attempt == retries:
            break
        await asyncio.sleep(float(response.headers.get("retry-after", "1")))
    return retried


def report_body(**overrides: Any) -> dict[str, Any]:
    """A valid financial inspection report referring a violation."""
    return {
        "kind": "financial_inspection_report",
        "purpose": "referral",
        "title": "专项资金使用情况检查报告",
        "summary": "检查发现城管局挪用专项资金，建议移送监察局处理。",
        "concerned_department": "SZ-URBAN-MGMT",
        **overrides,
    }


async def file_report(
    http: httpx.AsyncClient, stack: Stack, department: str = FINANCE, **overrides: Any
) -> dict[str, Any]:
    """Files a report with an Idempotency-Key, retried as a client would; asserts 201."""
    response = (
        await post_retried(
            http,
            stack.url("referrals") + "/referral-reports",
            json=report_body(**overrides),
            headers=token(department),
        )
    ).response
    assert response is not None and response.status_code == 201, response and response.text
    return dict(response.json())


async def inbox_items_for(
    http: httpx.AsyncClient, stack: Stack, department: str, report_id: str
) -> list[dict[str, Any]]:
    """Gets the items of a department's inbox about one report (reading every page)."""
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        params: dict[str, str | int] = {"limit": 200}
        if cursor:
            params["cursor"] = cursor
        response = await http.get(
            f"{stack.url('notifications')}/departments/{department}/inbox",
            params=params,
            headers=token(department),
        )
        assert response.status_code == 200, response.text
        page = response.json()
        items += [i for i in page["items"] if i["subject"] == report_id]
        cursor = page["next_cursor"]
        if cursor is None:
            return items


async def wait_for_copies(
    http: httpx.AsyncClient, stack: Stack, report_id: str, timeout: float = 60
) -> None:
    """Waits until both SUPERVISION and PERSONNEL have an item for the report."""

    async def both() -> bool:
        return all(
            [
                await inbox_items_for(http, stack, SUPERVISION, report_id),
                await inbox_items_for(http, stack, PERSONNEL, report_id),
            ]
        )

    await wait_for(both, timeout=timeout, interval=0.5)


async def wait_consumed(group: str, partition: TopicPartition, offset: int) -> None:
    """Waits until a consumer group has committed past an offset of a partition."""
    admin = AIOKafkaAdminClient(bootstrap_servers=BOOTSTRAP)
    await admin.start()
    try:

        async def committed() -> bool:
            offsets = await admin.list_consumer_group_offsets(group)
            meta = offsets.get(partition)
            return meta is not None and meta.offset > offset

        await wait_for(committed, timeout=60)
    finally:
        await admin.close()


async def topic_events(
    stack: Stack, topic: str, key: str, until: int = 1, timeout: float = 30
) -> list[Envelope]:
    """Reads one key's events off a topic of the run (from the start), waiting for `until`.

    A test consumer of its own (no group): what any consumer of the topic would read.
    """
    consumer = AIOKafkaConsumer(bootstrap_servers=BOOTSTRAP, enable_auto_commit=False)
    await consumer.start()
    try:
        name = stack.prefix + topic
        partitions = [TopicPartition(name, p) for p in consumer.partitions_for_topic(name) or []]
        if not partitions:
            await consumer._client.force_metadata_update()
            partitions = [
                TopicPartition(name, p) for p in consumer.partitions_for_topic(name) or []
            ]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        found: list[Envelope] = []

        async def enough() -> bool:
            batches = await consumer.getmany(timeout_ms=500)
            for records in batches.values():
                for record in records:
                    if record.key == key.encode():
                        found.append(Envelope.from_kafka(record.headers, record.value))
            return len(found) >= until

        await wait_for(enough, timeout=timeout, interval=0.1)
        return found
    finally:
        await consumer.stop()


async def audited(
    http: httpx.AsyncClient, stack: Stack, service: str, record_type: str, record_id: str
) -> list[tuple[str, str]]:
    """Gets (action, department) of each audit entry of a record, oldest first (GET /audit)."""
    response = await http.get(
        stack.url(service) + "/audit",
        params={"record_type": record_type, "record_id": record_id},
        headers=token("SZ-GOV-OFFICE", "operator"),
    )
    assert response.status_code == 200, response.text
    return [(e["action"], e["department"]) for e in response.json()["items"]]
