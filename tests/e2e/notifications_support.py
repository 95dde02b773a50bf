"""What the notifications end-to-end tests share: publishing events, reading inboxes,
a local webhook receiver that verifies every delivery with the Standard Webhooks library,
and notifications restarted with test settings (127.0.0.1 allowed for webhooks, short retry
delays, a ping every second on idle streams)."""

import asyncio
import contextlib
import json
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
from aiokafka import AIOKafkaProducer
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from shared.events import Envelope
from tests.support.stack import BOOTSTRAP, Stack, token, wait_for

NOTIFICATIONS_TEST_SETTINGS = {
    "webhook_private_allowlist": "127.0.0.1/32",
    "webhook_backoff_base_s": "0.3",
    "webhook_backoff_max_s": "2",
    "webhook_max_attempts": "4",
    "webhook_timeout_s": "2",
    "webhook_poll_interval_s": "0.1",
    "stream_ping_interval_s": "1",
}
ADMIN = token("SZ-GOV-OFFICE", "admin")


async def with_test_settings(stack: Stack) -> Stack:
    """Restarts notifications once per run with the test settings above; returns the stack."""
    if not getattr(stack, "notifications_test_settings", False):
        stack.stop("notifications")
        await stack.start("notifications", **NOTIFICATIONS_TEST_SETTINGS)
        stack.notifications_test_settings = True  # type: ignore[attr-defined]
    return stack


async def publish(
    stack: Stack,
    topic: str,
    event_type: str,
    data: dict[str, Any],
    subject: str | None = None,
    event_id: uuid.UUID | None = None,
    source: str = "registry",
) -> Envelope:
    """Publishes one CloudEvent on a topic of the test run, as its producer would."""
    envelope = Envelope(
        id=event_id or uuid.uuid4(),
        source=source,
        type=event_type,
        subject=subject or str(uuid.uuid4()),
        data=data,
    )
    producer = AIOKafkaProducer(bootstrap_servers=BOOTSTRAP, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(
            stack.prefix + topic,
            value=envelope.kafka_value(),
            key=envelope.subject.encode(),
            headers=envelope.kafka_headers(),
        )
    finally:
        await producer.stop()
    return envelope


async def fresh_unit(stack: Stack, http: httpx.AsyncClient) -> str:
    """Creates an internal unit nobody else writes to, and waits until notifications knows it.

    Exact counts need such an inbox: seeded departments receive real events at any time.
    """
    code = f"SZ-ESTABLISHMENT-T{uuid.uuid4().hex[:8].upper()}"
    response = await http.post(
        stack.url("registry") + "/departments/SZ-ESTABLISHMENT/internal-units",
        json={"code": code, "name_zh": "测试科", "name_en": "Test section"},
        headers=token("SZ-ESTABLISHMENT"),
    )
    assert response.status_code == 201, response.text
    await wait_for(
        lambda: stack.scalar(
            "notifications", "select count(*) from department_copy where code = $1", code
        )
    )
    return code


def inbox_url(stack: Stack, department: str, path: str = "") -> str:
    """Gets the URL of a department's inbox (or a path under it)."""
    return f"{stack.url('notifications')}/departments/{department}/inbox{path}"


async def items_of(
    http: httpx.AsyncClient, stack: Stack, department: str, **params: Any
) -> list[dict[str, Any]]:
    """Gets every item of a department's inbox matching the filters (all pages)."""
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = {"limit": 200, **params, **({"cursor": cursor} if cursor else {})}
        response = await http.get(
            inbox_url(stack, department), params=query, headers=token(department)
        )
        assert response.status_code == 200, response.text
        items += response.json()["items"]
        cursor = response.json()["next_cursor"]
        if cursor is None:
            return items


async def items_about(
    http: httpx.AsyncClient, stack: Stack, department: str, event: Envelope
) -> list[dict[str, Any]]:
    """Gets a department's items delivered for one event."""
    found = await items_of(http, stack, department, type=event.type)
    return [item for item in found if item["source_event_id"] == str(event.id)]


async def outbox_events(
    stack: Stack, service: str, event_type: str, key: str | None = None
) -> list[Envelope]:
    """Gets the events of a type a producer wrote to its outbox (for one key if given)."""
    query = "select headers, payload from outbox where event_type = $1"
    rows = await (
        stack.fetch(service, query + " and key = $2 order by id", event_type, key)
        if key is not None
        else stack.fetch(service, query + " order by id", event_type)
    )
    return [
        Envelope.model_validate({**json.loads(r["headers"]), "data": json.loads(r["payload"])})
        for r in rows
    ]


async def wait_item(
    http: httpx.AsyncClient, stack: Stack, department: str, event: Envelope, timeout: float = 30
) -> dict[str, Any]:
    """Waits until a department has its item for an event; returns it."""

    async def found() -> list[dict[str, Any]]:
        return await items_about(http, stack, department, event)

    items: list[dict[str, Any]] = await wait_for(found, timeout=timeout, interval=0.3)
    assert len(items) == 1, items
    return items[0]


def verified(secret: str, headers: dict[str, str], body: bytes) -> bool:
    """Tells whether a delivery verifies as a receiver checks it (Standard Webhooks library)."""
    if not secret:
        return False
    try:
        Webhook(secret).verify(body, headers, json_parse=False)
    except WebhookVerificationError:
        return False
    return True


@dataclass
class Received:
    """One request the receiver got."""

    headers: dict[str, str]
    body: bytes
    at: float
    signature_ok: bool


@dataclass
class Receiver:
    """A webhook receiver on 127.0.0.1: answers from a script, verifies every delivery."""

    secret: str = ""
    statuses: list[int] = field(default_factory=list)  # answers in order; then `then`
    then: int = 200
    delay_s: float = 0.0
    received: list[Received] = field(default_factory=list)
    port: int = 0

    @property
    def url(self) -> str:
        """Gets the URL to subscribe."""
        return f"http://127.0.0.1:{self.port}/hook"

    def answer(self) -> int:
        """Gets the status of the next answer."""
        return self.statuses.pop(0) if self.statuses else self.then


@contextlib.contextmanager
def start_receiver(**script: Any) -> Iterator[Receiver]:
    """Runs a receiver (its script: statuses, then, delay_s) for the duration of a block."""
    state = Receiver(**script)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            headers = {k.lower(): v for k, v in self.headers.items()}
            ok = verified(state.secret, headers, body)
            state.received.append(Received(headers, body, time.monotonic(), ok))
            if state.delay_s:
                time.sleep(state.delay_s)
            status = state.answer()
            self.send_response(status)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()


async def subscribe(
    http: httpx.AsyncClient, stack: Stack, department: str, url: str, event_types: list[str]
) -> dict[str, Any]:
    """Registers a webhook for a department (asserting 201); returns it with its secret."""
    response = await http.post(
        f"{stack.url('notifications')}/departments/{department}/webhooks",
        json={"url": url, "event_types": event_types},
        headers=token(department),
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def deliveries(
    http: httpx.AsyncClient, stack: Stack, department: str, subscription_id: str
) -> list[dict[str, Any]]:
    """Gets a subscription's deliveries with their attempt log."""
    response = await http.get(
        f"{stack.url('notifications')}/departments/{department}/webhooks/{subscription_id}/deliveries",
        headers=token(department),
    )
    assert response.status_code == 200, response.text
    return list(response.json())


def body_of(received: Received) -> dict[str, Any]:
    """Parses a received body."""
    return dict(json.loads(received.body))


async def settle(seconds: float) -> None:
    """Lets background work run (used only before asserting that nothing more happened)."""
    await asyncio.sleep(seconds)
