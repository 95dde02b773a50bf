"""Webhook rules: URL policy, Standard Webhooks secrets and headers, retry schedule (no I/O)."""

import base64
import binascii
import ipaddress
import secrets
from collections.abc import Iterable
from datetime import UTC, datetime
from urllib.parse import urlsplit

from standardwebhooks import Webhook

SECRET_PREFIX = "whsec_"
# Standard Webhooks asks for 24 to 64 random bytes behind the prefix.
SECRET_BYTES = (24, 64)
SCHEMES = frozenset({"http", "https"})
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class UrlRefused(ValueError):
    """A webhook URL the policy refuses (the message says why)."""


def url_host(url: str) -> str:
    """Gets the host of an http(s) URL without credentials, or raises UrlRefused."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises ValueError on a bad port)
    except ValueError as exc:
        raise UrlRefused(f"not a valid URL: {exc}") from exc
    if parts.scheme.lower() not in SCHEMES:
        raise UrlRefused("only http and https URLs are accepted")
    if not parts.hostname:
        raise UrlRefused("the URL has no host")
    if parts.username or parts.password:
        raise UrlRefused("credentials in the URL are not accepted; use the signing secret")
    return parts.hostname


def parse_allowlist(text: str) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    """Parses a comma-separated list of networks (CIDR or single addresses)."""
    return [
        ipaddress.ip_network(part.strip(), strict=False) for part in text.split(",") if part.strip()
    ]


def address_allowed(
    address: IPAddress,
    allow_private: bool,
    allowlist: Iterable[ipaddress.IPv4Network | ipaddress.IPv6Network] = (),
) -> bool:
    """Tells whether a webhook may target an address: public ones, or internal ones allowed."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_global and not address.is_multicast:
        return True
    return allow_private or any(address in network for network in allowlist)


def new_secret() -> str:
    """Makes a signing secret in the Standard Webhooks form (whsec_ + base64 of 24 bytes)."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES[0])).decode()


class SecretRefused(ValueError):
    """A secret a caller chose that is not a Standard Webhooks secret (the message says why)."""


def check_secret(secret: str) -> str:
    """Gets a caller's secret if it is whsec_ + base64 of 24 to 64 bytes, or raises."""
    if not secret.startswith(SECRET_PREFIX):
        raise SecretRefused("a secret is whsec_ followed by base64 (Standard Webhooks)")
    try:
        key = base64.b64decode(secret[len(SECRET_PREFIX) :], validate=True)
    except binascii.Error as exc:
        raise SecretRefused("a whsec_ secret must be base64 after the prefix") from exc
    if not SECRET_BYTES[0] <= len(key) <= SECRET_BYTES[1]:
        raise SecretRefused("a whsec_ secret holds 24 to 64 bytes")
    return secret


def standard_secret(secret: str) -> str:
    """Gets a secret in the whsec_ form with the same signing key.

    A secret stored before the whsec_ form (plain text, whose bytes were the HMAC key)
    becomes whsec_ + base64 of those bytes: receivers verify exactly as before.
    """
    if secret.startswith(SECRET_PREFIX):
        return secret
    return SECRET_PREFIX + base64.b64encode(secret.encode()).decode()


def signature_headers(secret: str, message_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    """Gets the Standard Webhooks headers of one delivery attempt, signed by its library."""
    signed_at = datetime.fromtimestamp(timestamp, tz=UTC)
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": Webhook(secret).sign(message_id, signed_at, body.decode()),
        "content-type": "application/json",
    }


def backoff_delay(attempt: int, base_s: float, cap_s: float, jitter: float) -> float:
    """Gets the wait after a failed attempt: exponential, capped, with jitter in [0.5, 1).

    `jitter` is a number in [0, 1) (random in the worker, fixed in tests).
    """
    ceiling = min(cap_s, base_s * 2 ** max(attempt - 1, 0))
    return ceiling * (0.5 + jitter / 2)


def is_success(status_code: int | None) -> bool:
    """Tells whether a receiver's answer counts as delivered (2xx)."""
    return status_code is not None and 200 <= status_code < 300


def dead_lettered(attempts: int, max_attempts: int) -> bool:
    """Tells whether a delivery that failed `attempts` times goes to the dead letters."""
    return attempts >= max_attempts
