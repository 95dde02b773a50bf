"""A per-client rate limit for the public endpoints (submission, tracking)."""

import time
from typing import Annotated, Any

from fastapi import Depends, Request

from services.complaints.config import SettingsDep
from shared.errors import Problem

WINDOW_S = 60


class TooManyRequests(Problem):
    status, slug, title = 429, "rate-limited", "Too many requests"


class FixedWindowLimiter:
    """Counts requests per client in one-minute windows (per process; replicas multiply it)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.window = 0
        self.counts: dict[str, int] = {}

    def allow(self, client: str, now: float) -> bool:
        """Counts a request; False when the client is over its limit in this window."""
        window = int(now // WINDOW_S)
        if window != self.window:
            self.window, self.counts = window, {}
        self.counts[client] = self.counts.get(client, 0) + 1
        return self.counts[client] <= self.limit


def client_of(request: Request, trusted_proxies: list[str]) -> str:
    """Gets the client address, believing X-Forwarded-For only from a trusted proxy."""
    peer = request.client.host if request.client else "unknown"
    forwarded = request.headers.get("x-forwarded-for")
    if forwarded and peer in trusted_proxies:
        return forwarded.split(",")[0].strip()[:100] or peer
    return peer


async def public_client(request: Request, settings: SettingsDep) -> str:
    """Admits a public caller within its rate limit; returns its address (anyone may call)."""
    limiter: FixedWindowLimiter | None = getattr(request.app.state, "public_limiter", None)
    if limiter is None:
        limiter = request.app.state.public_limiter = FixedWindowLimiter(
            settings.public_rate_limit_per_minute
        )
    client = client_of(request, settings.trusted_proxies)
    now = time.time()
    if not limiter.allow(client, now):
        problem = TooManyRequests("too many requests from this client; try again later")
        problem.headers = {"Retry-After": str(WINDOW_S - int(now) % WINDOW_S)}
        raise problem
    return client


PublicClient = Annotated[str, Depends(public_client)]
# What the routers whose routes take a PublicClient declare (shared/openapi.py adds the body).
RATE_LIMITED: dict[int | str, dict[str, Any]] = {429: {"description": "Over the rate limit"}}
