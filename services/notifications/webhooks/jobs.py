"""The webhook job: sends queued deliveries, signed, with retries and dead letters.

Deliveries are rows queued in the consumer's transaction; the job claims due rows
(`FOR UPDATE SKIP LOCKED`, so several replicas share the work), leases them, and sends each
in its own task: a slow or failing receiver holds one slot, never the inboxes or the others.
Due times, leases and backoff read the app's clock (settable in tests).
"""

import asyncio
import logging
import random
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

from fastapi import FastAPI
from prometheus_client import Counter

from services.notifications.config import NotificationsSettings
from services.notifications.webhooks import service
from services.notifications.webhooks.rules import UrlRefused, signature_headers
from services.notifications.webhooks.schemas import Claimed, Outcome
from shared.clock import Clock
from shared.db import SessionFactory

log = logging.getLogger(__name__)
WEBHOOK_ATTEMPTS = Counter(
    "webhook_attempts_total",
    "Webhook delivery attempts by outcome (delivered, retry, dead)",
    ["outcome"],
)


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

    def __init__(self, sessions: SessionFactory, settings: NotificationsSettings, clock: Clock):
        self.sessions = sessions
        self.settings = settings
        self.clock = clock
        self.inflight: set[asyncio.Task[None]] = set()
        self.executor = ThreadPoolExecutor(
            max_workers=settings.webhook_concurrency, thread_name_prefix="webhook"
        )

    async def claim(self, limit: int) -> list[Claimed]:
        """Leases up to `limit` due deliveries (past the lease, another worker may retry)."""
        lease = timedelta(seconds=self.settings.webhook_timeout_s + 30)
        async with self.sessions() as session, session.begin():
            return await service.claim_due(session, now=self.clock.now(), limit=limit, lease=lease)

    async def send(self, claimed: Claimed) -> Outcome:
        """Makes one signed HTTP attempt."""
        started = time.monotonic()
        try:
            await service.check_url(claimed.url, self.settings)
        except UrlRefused as exc:
            return Outcome(None, f"refused: {exc}", 0)
        # The signature's timestamp is the wall time: receivers check it against their own
        # clocks to refuse replays (Standard Webhooks), whatever the app's clock says.
        timestamp = int(time.time())
        headers = signature_headers(
            claimed.secret, str(claimed.delivery_id), timestamp, claimed.body
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

    async def deliver(self, claimed: Claimed) -> None:
        """Sends one delivery and records the outcome."""
        started_at = self.clock.now()
        try:
            outcome = await self.send(claimed)
            async with self.sessions() as session, session.begin():
                settled = await service.record_attempt(
                    session,
                    claimed=claimed,
                    outcome=outcome,
                    started_at=started_at,
                    now=self.clock.now(),
                    jitter=random.random(),
                    settings=self.settings,
                )
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.warning(
                "webhook attempt not recorded",
                extra={"delivery_id": str(claimed.delivery_id), "error": repr(exc)},
            )
            return
        if settled is not None:
            WEBHOOK_ATTEMPTS.labels(settled).inc()
        if settled == "dead":
            log.warning("webhook dead-lettered", extra={"delivery_id": str(claimed.delivery_id)})

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


async def send_webhooks(app: FastAPI) -> None:
    """The job that sends queued webhook deliveries (ServiceSpec.jobs)."""
    await WebhookWorker(app.state.sessions, app.state.settings, app.state.clock).run()
