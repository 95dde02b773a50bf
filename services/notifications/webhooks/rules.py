"""Webhook rules: URL policy, Standard Webhooks signatures, retry schedule (pure, no I/O)."""

import base64
import hashlib
import hmac
import ipaddress
import secrets
from collections.abc import Iterable
from urllib.parse import urlsplit

SECRET_PREFIX = "whsec_"
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
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()


def signing_key(secret: str) -> bytes:
    """Gets the HMAC key of a secret: the base64 part of whsec_…, or the text itself."""
    if secret.startswith(SECRET_PREFIX):
        return base64.b64decode(secret[len(SECRET_PREFIX) :], validate=True)
    return secret.encode()


def sign(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    """Gets the webhook-signature value: v1,<base64 HMAC-SHA256 of id.timestamp.body>."""
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(signing_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def signature_headers(secret: str, message_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    """Gets the Standard Webhooks headers of one delivery attempt."""
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(secret, message_id, timestamp, body),
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
