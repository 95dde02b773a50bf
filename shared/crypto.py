"""Encryption at rest: AES-GCM values sealed under a key ring, each with its key id.

A sealed value reads `v1:<kid>:<base64(nonce || ciphertext || tag)>`; the column it belongs
to (`table.column`) is the associated data, so a value copied into another column does not
open. The ring comes from the service's settings (`<SERVICE>_DATA_KEYS`, a dict kid → base64
key, and `<SERVICE>_DATA_KEY_ID`, the kid new values are sealed with); `install()` makes it
the process's ring, read by the `Sealed` column type. `reencrypt()` moves every row to the
current key in small batches while the service runs.
"""

import asyncio
import base64
import binascii
import hashlib
import hmac
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Text, text
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlalchemy.types import TypeDecorator

log = logging.getLogger(__name__)
VERSION = "v1"
NONCE_BYTES = 12


class KeyRingError(ValueError):
    """A key ring that cannot work: unknown current kid, a key of the wrong length."""


@dataclass(frozen=True)
class KeyRing:
    """The data keys (kid → 16, 24 or 32 bytes), the one new values use, the search key."""

    keys: Mapping[str, bytes]
    current: str
    search_key: bytes
    _ciphers: dict[str, AESGCM] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_settings(cls, keys: Mapping[str, str], current: str, search_key: str) -> "KeyRing":
        """Builds a ring from base64 keys as the settings hold them."""
        try:
            raw = {kid: base64.b64decode(key, validate=True) for kid, key in keys.items()}
        except binascii.Error as exc:
            raise KeyRingError("every data key must be base64") from exc
        for kid, key in raw.items():
            if ":" in kid or not kid:
                raise KeyRingError(f"a key id must be non-empty and without ':' ({kid!r})")
            if len(key) not in (16, 24, 32):
                raise KeyRingError(f"data key {kid!r} must be 16, 24 or 32 bytes")
        if current not in raw:
            raise KeyRingError(f"the current data key {current!r} is not in the key ring")
        return cls(keys=raw, current=current, search_key=search_key.encode())

    def _cipher(self, kid: str) -> AESGCM:
        if kid not in self._ciphers:
            if kid not in self.keys:
                raise KeyRingError(f"no data key {kid!r} in the key ring")
            self._ciphers[kid] = AESGCM(self.keys[kid])
        return self._ciphers[kid]

    def seal(self, plaintext: str, context: str) -> str:
        """Encrypts a value under the current key, bound to its column (`table.column`)."""
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._cipher(self.current).encrypt(nonce, plaintext.encode(), context.encode())
        return f"{VERSION}:{self.current}:{base64.b64encode(nonce + sealed).decode()}"

    def open(self, value: str, context: str) -> str:
        """Decrypts a sealed value; refuses one edited, moved or not sealed at all."""
        kid = kid_of(value)
        raw = base64.b64decode(value.split(":", 2)[2])
        try:
            opened = self._cipher(kid).decrypt(
                raw[:NONCE_BYTES], raw[NONCE_BYTES:], context.encode()
            )
        except InvalidTag as exc:
            raise KeyRingError(f"a sealed value of {context} fails authentication") from exc
        return opened.decode()

    def search_hash(self, value: str) -> str:
        """Gets the keyed hash (HMAC-SHA256) a column is searched by, never the value."""
        return hmac.new(self.search_key, value.encode(), hashlib.sha256).hexdigest()


def kid_of(value: str) -> str:
    """Gets the key id of a sealed value, or raises if the value is not sealed."""
    parts = value.split(":", 2)
    if len(parts) != 3 or parts[0] != VERSION:
        raise KeyRingError("the value is not sealed")
    return parts[1]


_ring: KeyRing | None = None


def install(ring: KeyRing) -> None:
    """Makes a ring the one this process seals and opens with (each process is one service)."""
    global _ring
    _ring = ring


def ring() -> KeyRing:
    """Gets the process's key ring."""
    if _ring is None:
        raise KeyRingError("no key ring installed (shared.crypto.install)")
    return _ring


def normalize_phone(phone: str) -> str:
    """Keeps the digits of a phone number (and a leading +), so searches match how it was typed."""
    digits = "".join(c for c in phone if c.isdigit())
    return ("+" + digits) if phone.strip().startswith("+") else digits


def phone_hash(phone: str | None) -> str | None:
    """Gets the search hash of a phone number under the process's ring."""
    return None if phone is None else ring().search_hash(normalize_phone(phone))


class Sealed(TypeDecorator[str]):
    """A text column stored sealed: the ORM reads and writes the clear value."""

    impl = Text
    cache_ok = True

    def __init__(self, context: str) -> None:
        super().__init__()
        self.context = context

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else ring().seal(value, self.context)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else ring().open(value, self.context)


@dataclass(frozen=True)
class SealedTable:
    """A table's sealed columns, for reencrypt(): the key column, and a search hash's source."""

    table: str
    key: str
    columns: tuple[str, ...]
    # hash column → the sealed column it is the search hash of (recomputed on every rewrite)
    search: Mapping[str, str] = field(default_factory=dict)
    normalize: Mapping[str, str] = field(default_factory=dict)  # column → "phone"


def _hash_source(spec: SealedTable, column: str, value: str) -> str:
    return normalize_phone(value) if spec.normalize.get(column) == "phone" else value


async def reencrypt(
    engine: AsyncEngine, ring: KeyRing, tables: list[SealedTable], batch: int = 200
) -> int:
    """Seals again every value not under the current key (or still in clear); counts the rows.

    Each batch locks only its own rows (FOR UPDATE SKIP LOCKED) and commits, so requests go
    on meanwhile; rows a request holds are taken by a later batch.
    """
    done = 0
    for spec in tables:
        current = f"{VERSION}:{ring.current}:%"
        stale = " OR ".join(f"({c} IS NOT NULL AND {c} NOT LIKE :current)" for c in spec.columns)
        columns = ", ".join(spec.columns)
        pick = text(
            f"SELECT {spec.key}, {columns} FROM {spec.table} WHERE {stale} "
            f"LIMIT :batch FOR UPDATE SKIP LOCKED"
        )
        left = text(f"SELECT count(*) FROM {spec.table} WHERE {stale}")
        targets = [*spec.columns, *spec.search]
        update = text(
            f"UPDATE {spec.table} SET {', '.join(f'{c} = :{c}' for c in targets)} "
            f"WHERE {spec.key} = :key"
        )
        while True:
            async with engine.begin() as conn:
                rows = (await conn.execute(pick, {"current": current, "batch": batch})).all()
                for row in rows:
                    values = _resealed(spec, ring, dict(row._mapping))
                    await conn.execute(update, {**values, "key": row[0]})
            done += len(rows)
            if not rows:
                async with engine.connect() as conn:
                    if not (await conn.execute(left, {"current": current})).scalar_one():
                        break
                await asyncio.sleep(0.1)  # the rest is locked by requests under way
        log.info("re-encrypted", extra={"table": spec.table, "rows": done})
    return done


def _resealed(
    spec: SealedTable, ring: KeyRing, row: dict[str, str | None]
) -> dict[str, str | None]:
    clear: dict[str, str | None] = {}
    for column in spec.columns:
        value, context = row[column], f"{spec.table}.{column}"
        if value is None:
            clear[column] = None
        elif value.startswith(f"{VERSION}:"):
            clear[column] = ring.open(value, context)
        else:  # a value written before encryption at rest (the first run after the migration)
            clear[column] = value
    values: dict[str, str | None] = {
        c: None if v is None else ring.seal(v, f"{spec.table}.{c}") for c, v in clear.items()
    }
    for hash_column, source in spec.search.items():
        value = clear[source]
        values[hash_column] = (
            None if value is None else ring.search_hash(_hash_source(spec, source, value))
        )
    return values
