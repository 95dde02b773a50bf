"""The webhook worker: sends queued deliveries, signed, with retries and dead letters.

Deliveries are rows queued in the consumer's transaction; the worker claims due rows
(`FOR UPDATE SKIP LOCKED`, so several replicas share the work), leases them, and sends each
in its own task: a slow or failing receiver holds one slot, never the inboxes or the others.
"""

import asyncio
import json
import logging
import random
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from prometheus_client import Counter

from services.notifications.config import NotificationsSettings
from services.notifications.webhooks import repository
from services.notifications.webhooks.models import WebhookAttempt, WebhookDelivery
from services.notifications.webhooks.rules import (
    UrlRefused,
    backoff_delay,
    dead_lettered,
    is_success,
    signature_headers,
)
from services.notifications.webhooks.service import check_url
from shared.db import SessionFactory

log = logging.getLogger(__name__)
WEBHOOK_ATTEMPTS = Counter(
    "webhook_attempts_total",
    "Webhook delivery attempts by outcome (delivered, retry, dead)",
    ["outcome"],
)


@dataclass(frozen=True)
class Claimed:
    """A delivery the worker leased, with what it needs to send it."""

    delivery_id: uuid.UUID
    url: str
    secret: str
    body: bytes
    attempt: int


@dataclass(frozen=True)
class Outcome:
    """The result of one HTTP attempt."""

    status_code: int | None
    error: str | None
    latency_ms: int


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # A redirect could lead to an internal address: it counts as a failed attempt.
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


_opener = urllib.request.build_opener(_NoRedirect)


def _post(
    url: str, headers: dict[str, str], body: bytes, timeout_s: float
) -> tuple[int | None, str | None]:
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with _opener.open(request, timeout=timeout_s) as response:
            return int(response.status), None
    except urllib.error.HTTPError as exc:
        return exc.code, f"HTTP {exc.code}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        return None, repr(exc)[:1000]


class WebhookWorker:
    """Claims due deliveries and sends them concurrently until cancelled."""

    def __init__(self, sessions: SessionFactory, settings: NotificationsSettings) -> None:
        self.sessions = sessions
        self.settings = settings
        self.inflight: set[asyncio.Task[None]] = set()
        self.executor = ThreadPoolExecutor(
            max_workers=settings.webhook_concurrency, thread_name_prefix="webhook"
        )

    async def claim(self, limit: int) -> list[Claimed]:
        """Leases up to `limit` due deliveries (past the lease, another worker may retry)."""
        now = datetime.now(UTC)
        lease = timedelta(seconds=self.settings.webhook_timeout_s + 30)
        async with self.sessions() as session, session.begin():
            rows = await repository.claim_due(session, now, limit)
            claimed = []
            for delivery, subscription in rows:
                if not subscription.active:
                    delivery.status, delivery.last_error = "cancelled", "subscription removed"
                    continue
                delivery.next_attempt_at = now + lease
                body = json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":"))
                claimed.append(
                    Claimed(
                        delivery.id,
                        subscription.url,
                        subscription.secret,
                        body.encode(),
                        delivery.attempts + 1,
                    )
                )
        return claimed

    async def send(self, claimed: Claimed) -> Outcome:
        """Makes one signed HTTP attempt."""
        started = time.monotonic()
        try:
            await check_url(claimed.url, self.settings)
        except UrlRefused as exc:
            return Outcome(None, f"refused: {exc}", 0)
        headers = signature_headers(
            claimed.secret, str(claimed.delivery_id), int(time.time()), claimed.body
        )
        status, error = await asyncio.get_running_loop().run_in_executor(
            self.executor,
            _post,
            claimed.url,
            headers,
            claimed.body,
            self.settings.webhook_timeout_s,
        )
        return Outcome(status, error, int((time.monotonic() - started) * 1000))

    async def record(self, claimed: Claimed, outcome: Outcome, started_at: datetime) -> None:
        """Logs the attempt and schedules the next one, or marks delivered or dead."""
        settings = self.settings
        async with self.sessions() as session, session.begin():
            delivery = await session.get(WebhookDelivery, claimed.delivery_id, with_for_update=True)
            if delivery is None:
                return
            session.add(
                WebhookAttempt(
                    delivery_id=delivery.id,
                    attempt=claimed.attempt,
                    started_at=started_at,
                    status_code=outcome.status_code,
                    latency_ms=outcome.latency_ms,
                    error=outcome.error,
                )
            )
            delivery.attempts = claimed.attempt
            delivery.last_status_code, delivery.last_error = outcome.status_code, outcome.error
            now = datetime.now(UTC)
            if is_success(outcome.status_code):
                delivery.status, delivery.delivered_at = "delivered", now
                WEBHOOK_ATTEMPTS.labels("delivered").inc()
            elif dead_lettered(claimed.attempt, settings.webhook_max_attempts):
                delivery.status = "dead"
                WEBHOOK_ATTEMPTS.labels("dead").inc()
                log.warning("webhook dead-lettered", extra={"delivery_id": str(delivery.id)})
            else:
                WEBHOOK_ATTEMPTS.labels("retry").inc()
                delay = backoff_delay(
                    claimed.attempt,
                    settings.webhook_backoff_base_s,
                    settings.webhook_backoff_max_s,
                    random.random(),
                )
                delivery.next_attempt_at = now + timedelta(seconds=delay)

    async def deliver(self, claimed: Claimed) -> None:
        """Sends one delivery and records the outcome."""
        started_at = datetime.now(UTC)
        try:
            outcome = await self.send(claimed)
            await self.record(claimed, outcome, started_at)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning(
                "webhook attempt not recorded",
                extra={"delivery_id": str(claimed.delivery_id), "error": repr(exc)},
            )

    async def run(self) -> None:
        """Claims and sends until cancelled; at most `webhook_concurrency` sends at a time."""
        settings = self.settings
        try:
            while True:
                free = settings.webhook_concurrency - len(self.inflight)
                try:
                    batch = await self.claim(min(free, settings.webhook_batch_size)) if free else []
                except asyncio.CancelledError:
                    raise
                except Exception as exc:
                    log.warning("webhook claim failed", extra={"error": repr(exc)})
                    batch = []
                for claimed in batch:
                    task = asyncio.create_task(self.deliver(claimed))
                    self.inflight.add(task)
                    task.add_done_callback(self.inflight.discard)
                if len(batch) < settings.webhook_batch_size:
                    await asyncio.sleep(settings.webhook_poll_interval_s)
        finally:
            for task in list(self.inflight):
                task.cancel()
            await asyncio.gather(*self.inflight, return_exceptions=True)
            self.executor.shutdown(wait=False, cancel_futures=True)
