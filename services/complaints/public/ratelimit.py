"""A per-client rate limit for the public endpoints (submission, tracking), shared by replicas."""

from typing import Annotated, Any

from fastapi import Depends, Request

from services.complaints.config import SettingsDep
from shared.ratelimit import RateLimitsDep, per_minute


def client_of(request: Request, trusted_proxies: list[str]) -> str:
    """Gets the client address, believing X-Forwarded-For only from a trusted proxy."""
    peer = request.client.host if request.client else "unknown"
    forwarded = request.headers.get("x-forwarded-for")
    if forwarded and peer in trusted_proxies:
        return forwarded.split(",")[0].strip()[:100] or peer
    return peer


async def public_client(request: Request, settings: SettingsDep, limits: RateLimitsDep) -> str:
    """Admits a public caller within its rate limit; returns its address (anyone may call)."""
    client = client_of(request, settings.trusted_proxies)
    limit = per_minute(settings.public_rate_limit_per_minute)
    await limits.hit(
        limit, "public", client, detail="too many requests from this client; try again later"
    )
    return client


PublicClient = Annotated[str, Depends(public_client)]
# What the routers whose routes take a PublicClient declare (shared/openapi.py adds the body).
RATE_LIMITED: dict[int | str, dict[str, Any]] = {429: {"description": "Over the rate limit"}}
