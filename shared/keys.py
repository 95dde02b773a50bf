"""The key set tokens are verified with: a static key, a JWKS file, a JWKS URL, by `kid`.

Rotation never rejects a valid token because the set holds the old and the new key while
both sign: the file is re-read when it changes, the URL re-fetched every refresh interval
and at once (at most every MIN_REFETCH_S) when a token names a kid the set does not hold.
"""

import asyncio
import base64
import json
import logging
import os
import time
from dataclasses import dataclass
from typing import Any

import httpx
import jwt
from jwt.algorithms import get_default_algorithms

from shared.settings import ServiceSettings

log = logging.getLogger(__name__)
MIN_REFETCH_S = 10.0
MAX_VERIFIED = 10_000  # tokens kept verified; beyond, the cache starts again
# A verified token: its kid, the key that verified it, its expiry (epoch s), its principal.
Verified = tuple[str | None, "VerifyKey", float, Any]
# Symmetric keys are for development; the identity provider signs with RS256 or ES256.
ALGORITHMS = frozenset({"RS256", "ES256", "HS256"})


@dataclass(frozen=True)
class VerifyKey:
    """One key of the set: its kid, its algorithm and the key object PyJWT verifies with."""

    kid: str
    algorithm: str
    key: Any


def static_key(settings: ServiceSettings) -> VerifyKey | None:
    """Gets the settings' static key (an HS256 secret or a PEM public key), or None."""
    if not settings.jwt_key:
        return None
    algorithm = get_default_algorithms()[settings.jwt_algorithm]
    return VerifyKey(
        settings.jwt_key_id, settings.jwt_algorithm, algorithm.prepare_key(settings.jwt_key)
    )


def parse_jwks(document: dict[str, Any]) -> dict[str, VerifyKey]:
    """Reads a JWKS document: keys without kid, or of an algorithm we refuse, are left out."""
    keys: dict[str, VerifyKey] = {}
    for entry in document.get("keys", []):
        if entry.get("use", "sig") != "sig" or not entry.get("kid"):
            continue
        try:
            jwk = jwt.PyJWK.from_dict(entry)
        except jwt.PyJWKError as exc:
            log.warning("JWKS key left out", extra={"kid": entry.get("kid"), "error": str(exc)})
            continue
        if jwk.algorithm_name in ALGORITHMS:
            keys[entry["kid"]] = VerifyKey(entry["kid"], jwk.algorithm_name, jwk.key)
    return keys


def oct_jwk(kid: str, secret: str) -> dict[str, str]:
    """Builds the JWKS entry of an HS256 secret (development key sets)."""
    k = base64.urlsafe_b64encode(secret.encode()).decode().rstrip("=")
    return {"kty": "oct", "kid": kid, "alg": "HS256", "use": "sig", "k": k}


class KeySet:
    """The keys of one service process, kept current from the file or URL of its settings."""

    def __init__(self, settings: ServiceSettings) -> None:
        self.settings = settings
        self.static = static_key(settings)
        self.loaded: dict[str, VerifyKey] = {}
        self._file_version: tuple[int, int, int] | None = None
        self._fetched_at = 0.0
        self._lock = asyncio.Lock()
        # Tokens verified lately, by token string (shared/auth.py decode_token).
        self.verified: dict[str, Verified] = {}

    def remember(self, token: str, verified: Verified) -> None:
        """Keeps a verified token until its expiry (the cache is bounded)."""
        if len(self.verified) >= MAX_VERIFIED:
            self.verified.clear()
        self.verified[token] = verified

    async def find(self, kid: str | None) -> VerifyKey | None:
        """Gets the key of a kid (a token without kid: the static key), or None."""
        if kid is None:
            return self.static
        if self.static is not None and kid == self.static.kid:
            return self.static
        self._read_file()
        if self.settings.jwt_jwks_url:
            await self._fetch(stale=kid not in self.loaded)
        return self.loaded.get(kid)

    def _read_file(self) -> None:
        path = self.settings.jwt_jwks_file
        if not path:
            return
        try:
            stat = os.stat(path)
            # Replaced (a new inode) or rewritten (time, size): read it again.
            version = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
            if version == self._file_version:
                return
            with open(path, encoding="utf-8") as file:
                self.loaded = parse_jwks(json.load(file))
            self._file_version = version
        except (OSError, ValueError) as exc:
            # A file being rewritten, or broken: keep the keys read before.
            log.warning("JWKS file not read", extra={"path": path, "error": str(exc)})

    async def _fetch(self, stale: bool) -> None:
        age = time.monotonic() - self._fetched_at
        if age < self.settings.jwt_jwks_refresh_s and not (stale and age >= MIN_REFETCH_S):
            return
        async with self._lock:
            if time.monotonic() - self._fetched_at < MIN_REFETCH_S:
                return  # another request fetched meanwhile
            url = self.settings.jwt_jwks_url
            assert url is not None
            try:
                async with httpx.AsyncClient(timeout=5.0) as client:
                    answer = await client.get(url)
                    answer.raise_for_status()
                    self.loaded = parse_jwks(answer.json())
            except (httpx.HTTPError, ValueError) as exc:
                log.warning("JWKS not fetched", extra={"url": url, "error": str(exc)})
            self._fetched_at = time.monotonic()
