"""Idempotency-Key on creating POSTs: a retried request gets the first answer, never a copy.

Follows the IETF draft "The Idempotency-Key HTTP Header Field". Each service has an
`idempotent_requests` table (`idempotency_table(Base.metadata)` plus a migration). A route
takes `idempotency: IdempotencyDep` after its access policy (a public route calls `claim`
with a scope of its own once the caller is known) and calls
`await idempotency.record(session, answer)` just before its one commit, so the answer and
the created rows commit together: a commit that fails leaves neither, and the retry creates
once. With the same key, scope and path:

- the same body gets the stored status, body and Location again (`Idempotent-Replayed: true`);
- another body gets 422 and nothing is written;
- while the first request is still running, another gets 409 with Retry-After.

Only successful answers are stored: a request that failed (4xx, 503) may be retried with its
key and runs again.
"""

import hashlib
import json
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Header, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy import (
    Column,
    DateTime,
    Index,
    MetaData,
    SmallInteger,
    String,
    Table,
    func,
    insert,
    select,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession

from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.errors import Conflict, invalid_field

KEY_PATTERN = r"^[A-Za-z0-9_.:-]{16,100}$"
REPLAYED_HEADER = "Idempotent-Replayed"
# A concurrent duplicate waits about as long as a create takes before retrying.
IN_PROGRESS_RETRY_AFTER_S = 1

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        pattern=KEY_PATTERN,
        description=(
            "Optional, 16-100 of `A-Za-z0-9_.:-` (a UUID will do). A retry with the same key "
            "and body gets the first answer (with `Idempotent-Replayed: true`); the same key "
            "with another body gets 422; while the first is still running, 409 with Retry-After. "
            "A key is kept 7 days; a retry after that runs as a new request."
        ),
    ),
]

_metadata = MetaData()
_table = Table(
    "idempotent_requests",
    _metadata,
    # Whose key: the caller's department, or what identifies an anonymous caller.
    Column("scope", String(60), primary_key=True),
    # The request's path (with its ids): one key may serve one resource only.
    Column("path", String(300), primary_key=True),
    Column("key", String(100), primary_key=True),
    Column("fingerprint", String(64), nullable=False),
    Column("status", SmallInteger, nullable=False),
    Column("location", String(300)),
    Column("body", JSONB, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    Index("ix_idempotent_requests_created_at", "created_at"),
)


def idempotency_table(metadata: MetaData) -> Table:
    """Defines a service's idempotent_requests table in its own metadata."""
    return _table.to_metadata(metadata)


def fingerprint(raw_body: bytes) -> str:
    """Hashes a request body; JSON is canonicalised so key order and spacing do not matter."""
    try:
        canonical = json.dumps(json.loads(raw_body), sort_keys=True, separators=(",", ":"))
    except ValueError:  # not JSON: FastAPI refuses it anyway; hash the bytes
        return hashlib.sha256(raw_body).hexdigest()
    return hashlib.sha256(canonical.encode()).hexdigest()


def lock_id(scope: str, path: str, key: str) -> int:
    """Gets the advisory lock number of a key (a signed 64-bit integer)."""
    digest = hashlib.sha256(f"idempotency|{scope}|{path}|{key}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class RequestInProgress(Conflict):
    """409: the first request with this key has not finished; retry after Retry-After."""

    slug, title = "request-in-progress", "A request with this Idempotency-Key is in progress"

    def __init__(self) -> None:
        super().__init__("a request with this Idempotency-Key is still being processed")
        self.headers = {"Retry-After": str(IN_PROGRESS_RETRY_AFTER_S)}


class Replayed(Exception):
    """The stored answer of a request already completed with this key."""

    def __init__(self, status: int, body: object, location: str | None) -> None:
        super().__init__("replayed")
        self.status, self.body, self.location = status, body, location


@dataclass(frozen=True)
class Idempotency:
    """A route's claim on its Idempotency-Key (no key: recording does nothing)."""

    scope: str
    path: str
    key: str | None
    fingerprint: str
    status: int

    async def record(
        self, session: AsyncSession, answer: BaseModel, *, location: str | None = None
    ) -> None:
        """Stores the answer in the request's transaction; call it just before the commit."""
        if self.key is None:
            return
        await session.execute(
            insert(_table).values(
                scope=self.scope,
                path=self.path,
                key=self.key,
                fingerprint=self.fingerprint,
                status=self.status,
                location=location,
                body=answer.model_dump(mode="json", by_alias=True),
            )
        )


async def claim(
    request: Request,
    session: AsyncSession,
    *,
    scope: str,
    key: str | None,
    body: bytes | None = None,
) -> Idempotency:
    """Claims a key for this request: raises Replayed, 422 (another body) or 409 (in progress).

    `body` is the request's body when the route has read it as a stream already.
    """
    route = request.scope.get("route")
    status = getattr(route, "status_code", None) or 200
    path = request.url.path
    if key is None:
        return Idempotency(scope, path, None, "", status)
    print_ = fingerprint(await request.body() if body is None else body)
    # The lock lasts until the request's transaction ends: a concurrent duplicate is told to
    # wait rather than blocking on the insert or creating a second resource.
    locked = await session.scalar(select(func.pg_try_advisory_xact_lock(lock_id(scope, path, key))))
    if not locked:
        raise RequestInProgress()
    stored = (
        await session.execute(
            select(_table.c.fingerprint, _table.c.status, _table.c.body, _table.c.location).where(
                _table.c.scope == scope, _table.c.path == path, _table.c.key == key
            )
        )
    ).one_or_none()
    if stored is None:
        return Idempotency(scope, path, key, print_, status)
    if stored.fingerprint != print_:
        raise invalid_field(
            "this Idempotency-Key was used with another body",
            "Idempotency-Key",
            kind="idempotency_key_reused",
            where="header",
            msg="used with another body",
        )
    raise Replayed(stored.status, stored.body, stored.location)


async def officer_idempotency(
    request: Request, session: SessionDep, principal: CurrentPrincipal, key: IdempotencyKey = None
) -> Idempotency:
    """Claims the Idempotency-Key of an authenticated route, scoped to the caller's department."""
    return await claim(request, session, scope=principal.department, key=key)


IdempotencyDep = Annotated[Idempotency, Depends(officer_idempotency)]


def install_replay_handler(app: FastAPI) -> None:
    """Answers a Replayed request with the stored answer."""

    @app.exception_handler(Replayed)
    async def _replay(request: Request, exc: Replayed) -> JSONResponse:
        headers = {REPLAYED_HEADER: "true"}
        if exc.location:
            headers["Location"] = exc.location
        return JSONResponse(exc.body, status_code=exc.status, headers=headers)
