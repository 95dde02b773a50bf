"""The local copy of the registry's department directory that every other service keeps.

Registry owns departments and publishes their changes on a compacted topic keyed by code;
each consumer applies them here (newer versions only) and reads its own copy.
"""

import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from enum import StrEnum
from typing import Any
from urllib.parse import quote

import httpx
from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    event,
    func,
    select,
)
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.engine import Row
from sqlalchemy.ext.asyncio import AsyncSession

from shared.consumer import Batched, ConsumerSpec, Handler, NotYet
from shared.context import caller_token
from shared.errors import Forbidden, RetryLater, unknown_department
from shared.events import ConsumedPayload, Envelope

log = logging.getLogger(__name__)
DEPARTMENTS_TOPIC = "registry.departments"
LOOKUP_TIMEOUT_S = 2.0
MAX_CHAIN = 20  # levels above a unit that `chain` follows (the city has four)
DEPARTMENT_EVENT_TYPES = (
    "registry.department.created.v1",
    "registry.department.updated.v1",
    "registry.department.deactivated.v1",
)


class NotInDirectoryYet(NotYet):
    """An event names a department (or a role) the local copy does not hold yet: it waits."""

    def __init__(self, detail: str) -> None:
        super().__init__("not_in_directory", detail)


class DepartmentSnapshot(ConsumedPayload):
    """What a consumer keeps of a department event."""

    code: str
    name_zh: str
    name_en: str
    kind: str
    role: str | None = None
    parent_code: str | None = None
    active: bool = True
    version: int


def department_copy_table(metadata: MetaData) -> Table:
    """Defines the local department copy in a service's metadata."""
    return Table(
        "department_copy",
        metadata,
        Column("code", String(40), primary_key=True),
        Column("name_zh", String(100), nullable=False),
        Column("name_en", String(200), nullable=False),
        Column("kind", String(30), nullable=False),
        Column("role", String(30), index=True),
        Column("parent_code", String(40)),
        Column("active", Boolean, nullable=False),
        Column("version", Integer, nullable=False),
        Column("updated_at", DateTime(timezone=True), nullable=False, server_default=func.now()),
    )


class DepartmentDirectory:
    """Reads and updates one service's department copy.

    Reads are cached in the process for a few seconds: nearly every request checks its
    caller's department, and the copy changes a few times a year. Applying a change clears
    the cache, again when its transaction commits, so this process sees the change at once
    and other replicas of the service within `cache_seconds`.
    """

    def __init__(self, table: Table, cache_seconds: float = 5.0) -> None:
        self.table = table
        self.cache_seconds = cache_seconds
        self._cache: dict[tuple[str, str], tuple[float, Any]] = {}
        # Registry's base URL for `lookup` (set from the service's settings at start-up).
        self.registry_url: str | None = None

    async def _cached(self, key: tuple[str, str], load: Callable[[], Awaitable[Any]]) -> Any:
        now = time.monotonic()
        hit = self._cache.get(key)
        if hit is not None and hit[0] > now:
            return hit[1]
        value = await load()
        if value:  # a miss is not kept: the department may arrive any moment
            self._cache[key] = (now + self.cache_seconds, value)
        return value

    def _clear(self, *_: object) -> None:
        self._cache.clear()

    async def apply(self, session: AsyncSession, envelope: Envelope) -> None:
        """Applies a department event unless the copy already holds a newer version."""
        await self._upsert(session, envelope.payload(DepartmentSnapshot))

    async def _upsert(self, session: AsyncSession, snapshot: DepartmentSnapshot) -> None:
        values = snapshot.model_dump()
        statement = insert(self.table).values(**values)
        await session.execute(
            statement.on_conflict_do_update(
                index_elements=[self.table.c.code],
                set_={**values, "updated_at": func.now()},
                where=self.table.c.version < statement.excluded.version,
            )
        )
        self._clear()
        # A request may re-read the old row before this commits: clear once more after it.
        event.listen(session.sync_session, "after_commit", self._clear, once=True)

    def handlers(self) -> dict[str, Handler]:
        """Gets the consumer handlers that keep the copy current."""
        return dict.fromkeys(DEPARTMENT_EVENT_TYPES, self.apply)

    def consumers(
        self, group: str, topics: list[str], handlers: Mapping[str, Handler | Batched]
    ) -> list[ConsumerSpec]:
        """Gets a service's consumers: the directory in a group of its own, then the rest.

        Kafka orders nothing across topics: read in one group, an event could be applied
        before the directory event of a department it names. In its own group the directory
        never waits behind other events, and an event naming a department not copied yet
        waits for it (`require`), so nothing is skipped.
        """
        own = ConsumerSpec(
            f"{group}-directory", [DEPARTMENTS_TOPIC], self.handlers(), dead_letter_group=group
        )
        rest = [topic for topic in topics if topic != DEPARTMENTS_TOPIC]
        return [own, ConsumerSpec(group, rest, handlers)] if rest else [own]

    async def require(self, session: AsyncSession, code: str) -> Row[Any]:
        """Gets a department an event names; raises NotInDirectoryYet until it is copied."""
        row = await self.get(session, code)
        if row is None:
            raise NotInDirectoryYet(f"department {code}")
        return row

    async def require_role(self, session: AsyncSession, role: str) -> list[str]:
        """Gets the active holders of a role a rule needs; NotInDirectoryYet while none does."""
        codes = await self.codes_with_role(session, role)
        if not codes:
            raise NotInDirectoryYet(f"a department holding {role}")
        return codes

    async def get(self, session: AsyncSession, code: str) -> Row[Any] | None:
        """Gets a department by code, active or not."""

        async def load() -> Row[Any] | None:
            result = await session.execute(select(self.table).where(self.table.c.code == code))
            return result.first()

        row: Row[Any] | None = await self._cached(("code", code), load)
        return row

    async def chain(self, session: AsyncSession, code: str) -> list[str]:
        """Gets a department and the units above it, nearest first, through `parent_code`.

        A unit and everything above it in the directory: a rule on who may judge or read
        what concerns a department looks for that department in the caller's chain.
        """
        found = [code]
        while len(found) <= MAX_CHAIN:
            # Through registry on a miss: a unit created a moment ago is still placed.
            row = await self.lookup(session, found[-1])
            parent = row.parent_code if row is not None else None
            if parent is None or parent in found:  # the top, or a loop in bad data
                return found
            found.append(parent)
        return found

    async def within(self, session: AsyncSession, unit: str, concerned: str) -> bool:
        """Tells whether a unit is the concerned department or a unit below it."""
        return concerned in await self.chain(session, unit)

    async def holders(self, session: AsyncSession, name: str) -> list[str]:
        """Gets the departments a setting names: a functional role's active holders, or a code."""
        if name in FunctionalRole.__members__:
            return await self.codes_with_role(session, name)
        return [name]

    async def outside(
        self, session: AsyncSession, names: Sequence[str], concerned: str | None
    ) -> list[str]:
        """Gets the holders of the first named body with units outside `concerned`.

        `names` are functional roles or codes in order of preference (supervision, then the
        body a setting names): a rule that no department judges itself takes the first.
        """
        for name in names:
            free = [
                code
                for code in await self.holders(session, name)
                if concerned is None or not await self.within(session, code, concerned)
            ]
            if free:
                return free
        return []

    async def codes_with_role(self, session: AsyncSession, role: str) -> list[str]:
        """Gets the codes of the active departments that hold a functional role."""

        async def load() -> tuple[str, ...]:
            result = await session.execute(
                select(self.table.c.code)
                .where(self.table.c.role == role, self.table.c.active.is_(True))
                .order_by(self.table.c.code)
            )
            return tuple(result.scalars())

        return list(await self._cached(("role", role), load))

    async def lookup(self, session: AsyncSession, code: str) -> Row[Any] | None:
        """Gets a department from the copy, else from registry (copied at once), else None.

        A request may name a department registry created a moment ago, before its event
        reached this copy. Registry is then asked (`GET /departments/{code}`, the caller's
        token relayed) and its answer upserted with the version guard, so the department is
        usable at once. When registry cannot be asked the answer is 503 with Retry-After
        (RetryLater), never 422: only a code registry does not know is unknown.
        """
        row = await self.get(session, code)
        if row is not None or self.registry_url is None or caller_token.get() is None:
            return row
        if not code.strip():
            return None
        try:
            async with httpx.AsyncClient(timeout=LOOKUP_TIMEOUT_S) as client:
                answer = await client.get(
                    f"{self.registry_url}/departments/{quote(code, safe='')}",
                    headers={"Authorization": f"Bearer {caller_token.get()}"},
                )
        except httpx.HTTPError as exc:
            log.warning("registry lookup failed", extra={"code": code, "error": repr(exc)})
            raise RetryLater(f"department {code} cannot be confirmed with registry now") from exc
        if answer.status_code >= 500:
            log.warning(
                "registry lookup failed", extra={"code": code, "status": answer.status_code}
            )
            raise RetryLater(f"department {code} cannot be confirmed with registry now")
        if answer.status_code != 200:  # 404, or a code no department could have
            return None
        await self._upsert(session, DepartmentSnapshot.model_validate(answer.json()))
        self._clear()
        return await self.get(session, code)

    async def caller_role(self, session: AsyncSession, code: str) -> str | None:
        """Gets the functional role of the caller's department; 403 unless it is active."""
        return caller_role(await self.lookup(session, code), code)

    async def named_role(self, session: AsyncSession, field: str, code: str) -> str | None:
        """Gets the functional role of a department named in the body; 422 unless active."""
        return named_role(await self.lookup(session, code), field, code)

    async def named(self, session: AsyncSession, field: str, code: str) -> Row[Any]:
        """Gets a department named in the body, active or not; 422 when registry has none."""
        row = await self.lookup(session, code)
        if row is None:
            raise unknown_department(field, code)
        return row


def caller_role(entry: Any, code: str) -> str | None:
    """Gets the functional role of the caller's directory entry; 403 unless it is active.

    `entry` is what a directory lookup returned for `code` (a copy row, registry's own
    department, or None).
    """
    if entry is None or not entry.active:
        raise Forbidden(f"department {code} is not an active department of the directory")
    role: str | None = entry.role
    return role


def named_role(entry: Any, field: str, code: str) -> str | None:
    """Gets the functional role of a department a body field names; 422 unless it is active."""
    if entry is None or not entry.active:
        raise unknown_department(field, code)
    role: str | None = entry.role
    return role


class FunctionalRole(StrEnum):
    """The functional roles the rules refer to (DOMAIN.md, Actors)."""

    SUPERVISION = "SUPERVISION"  # 监察局
    PERSONNEL = "PERSONNEL"  # 人事局
    FINANCE = "FINANCE"  # 财政局
    AUDIT = "AUDIT"  # 审计局
    LEGAL = "LEGAL"  # 法制办
    GOV_OFFICE = "GOV_OFFICE"  # 政府办公厅督查机构
    PETITION = "PETITION"  # 信访局
