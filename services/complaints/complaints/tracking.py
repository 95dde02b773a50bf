"""Tracking codes and secrets of complainants, and idempotency keys (no I/O)."""

import base64
import hashlib
import hmac
import json
import secrets
from typing import Any

# Crockford's base32 alphabet: no I, L, O, U, so codes read aloud over the phone survive.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_PREFIX = "TS-"
CODE_LENGTH = 12  # 60 bits: guessing is hopeless behind the rate limit


def new_tracking_code() -> str:
    """Makes a random tracking code such as TS-7K3M9Q2XH4PA."""
    return CODE_PREFIX + "".join(secrets.choice(_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(code: str) -> str:
    """Uppercases a code as typed by a person."""
    return code.strip().upper()


def new_secret() -> str:
    """Makes a random secret (128 bits)."""
    return _encode(secrets.token_bytes(16))


def derived_secret(pepper: str, scope: str, idempotency_key: str, complaint_id: str) -> str:
    """Derives the secret of an idempotent submission, so a retried POST returns the same one.

    Only the client that holds the idempotency key (and the server's pepper) can reproduce it;
    the database keeps a hash of the key and a hash of the secret.
    """
    message = f"{scope}|{idempotency_key}|{complaint_id}".encode()
    return _encode(hmac.new(pepper.encode(), message, hashlib.sha256).digest()[:16])


def hash_secret(secret: str, iterations: int) -> str:
    """Hashes a secret with PBKDF2-SHA256 and a random salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", secret.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${_b64(salt)}${_b64(digest)}"


def verify_secret(secret: str, stored: str) -> bool:
    """Checks a secret against its stored hash in constant time."""
    try:
        scheme, iterations, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    candidate = hashlib.pbkdf2_hmac(
        "sha256", secret.encode(), base64.b64decode(salt), int(iterations)
    )
    return hmac.compare_digest(candidate, base64.b64decode(digest))


def key_hash(idempotency_key: str) -> str:
    """Hashes an idempotency key for storage and lookup."""
    return hashlib.sha256(idempotency_key.encode()).hexdigest()


def fingerprint(body: dict[str, Any]) -> str:
    """Gets a stable hash of a request body, to refuse a key reused for another request."""
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _encode(raw: bytes) -> str:
    return base64.b32encode(raw).decode().rstrip("=")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()
