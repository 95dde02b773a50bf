"""A request's last rows, inserted together as it commits: rows written once, its outbox
events and its audit entries.

A request's session (shared.db.get_session) stages them: `insert()` (a repository's row that
nothing in the request reads back), `Outbox.add_many` and `AuditLog.append_many` keep their
rows in the session's info, and as the session commits one statement inserts them all
(data-modifying CTEs, the outbox's and the audit's of fixed shape, each combination prepared
once). When the request ran no other statement, that one statement is the whole
transaction: no BEGIN and no COMMIT round trips either (an autocommit statement is atomic,
and the audit's deferred trigger runs as it ends). A rollback drops what was staged.

Nothing in a request reads its own staged rows before its commit; the publishing order (the
outbox's identity) is the order the events were added, as before. Sessions of the relay, the
consumers and the jobs write at once (a consumer's savepoint must take its rows with it when
it rolls back), and so does `insert()` in them.
"""

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, TextClause, bindparam, event, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session, SessionTransaction

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from shared.audit import AuditLog
    from shared.events import Envelope
    from shared.outbox import Outbox

INFO_KEY = "staged_tail"
_QUOTE = postgresql.dialect().identifier_preparer.quote
Shape = tuple[tuple[str, tuple[str, ...]], ...]  # each staged row's table and columns


class Tail:
    """A service's commit-time statements: its staged rows', its outbox's and its audit's."""

    def __init__(self, outbox: "Outbox", audit: "AuditLog") -> None:
        self.outbox = outbox
        self.audit = audit
        self._statements: dict[Shape, TextClause] = {}

    def open(self, session: AsyncSession) -> None:
        """Makes the session stage its rows, outbox events and audit entries until it commits."""
        session.info[INFO_KEY] = Staged(self)

    def statement(self, rows: list[tuple[Table, dict[str, Any]]]) -> TextClause:
        """Gets the one statement for staged rows of these tables and columns (built once)."""
        shape = tuple((table.name, tuple(values)) for table, values in rows)
        found = self._statements.get(shape)
        if found is None:
            found = self._statements[shape] = self._build(rows)
        return found

    def _build(self, rows: list[tuple[Table, dict[str, Any]]]) -> TextClause:
        parts, binds = [], []
        for n, (table, values) in enumerate(rows):
            columns = ", ".join(_QUOTE(c) for c in values)
            params = ", ".join(f":r{n}_{c}" for c in values)
            parts.append(
                f"r{n} AS (INSERT INTO {_QUOTE(table.name)} ({columns}) VALUES ({params}))"
            )
            binds += [bindparam(f"r{n}_{c}", type_=table.c[c].type) for c in values]
        parts += [f"events AS ({self.outbox.insert_sql})", f"entries AS ({self.audit.insert_sql})"]
        return text(f"WITH {', '.join(parts)} SELECT 1").bindparams(*binds)


@dataclass
class Staged:
    """What a request's session has staged: rows, events (envelope, topic) and audit entries."""

    tail: Tail
    rows: list[tuple[Table, dict[str, Any]]] = field(default_factory=list)
    events: list[tuple["Envelope", str]] = field(default_factory=list)
    entries: list[tuple[dict[str, Any], bytes, bytes]] = field(default_factory=list)
    connected: bool = False  # the transaction has run a statement of its own

    def take(self) -> tuple[TextClause, dict[str, Any]] | None:
        """Gets the statement and its parameters and empties the stage (None: nothing staged)."""
        if not self.rows and not self.events and not self.entries:
            return None
        params = self.tail.outbox.params(self.events) | self.tail.audit.params(self.entries)
        for n, (_, values) in enumerate(self.rows):
            params.update({f"r{n}_{c}": v for c, v in values.items()})
        statement = self.tail.statement(self.rows)
        self.drop()
        return statement, params

    def drop(self) -> None:
        """Forgets what was staged."""
        self.rows, self.events, self.entries = [], [], []


def staged(session: AsyncSession | Session) -> Staged | None:
    """Gets the session's stage, or None when the session writes its rows at once."""
    found: Staged | None = session.info.get(INFO_KEY)
    return found


def stage(session: AsyncSession) -> Staged | None:
    """Gets the stage to add rows to (None: write at once), in the session's transaction.

    The transaction is begun (no round trip: the connection comes with the first statement),
    so that a rollback before any statement still drops what was staged.
    """
    found = staged(session)
    if found is not None and not session.in_transaction():
        session.sync_session.begin()
    return found


async def insert(session: AsyncSession, table: Table, values: dict[str, Any]) -> None:
    """Inserts a row written once, as the request commits (at once in a session not staged).

    Every column's value is given here or by its Python-side default; the database's own
    defaults (identities, server defaults) fill the columns left out.
    """
    row = {**_defaults(table, values), **values}
    found = stage(session)
    if found is None:
        await session.execute(table.insert().values(row))
    else:
        found.rows.append((table, row))


def _defaults(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        if column.key in values or default is None:
            continue
        if default.is_scalar:
            found[column.key] = default.arg  # type: ignore[attr-defined]
        elif default.is_callable:
            found[column.key] = default.arg(None)  # type: ignore[attr-defined]
        else:
            raise ValueError(f"{table.name}.{column.key}: a default the stage cannot give")
    return found


@event.listens_for(Session, "before_commit")
def _insert_staged(session: Session) -> None:
    # Runs inside AsyncSession.commit's greenlet, so the synchronous execute awaits asyncpg.
    stage = staged(session)
    taken = stage.take() if stage is not None else None
    if stage is None or taken is None:
        return
    statement, params = taken
    if stage.connected:
        session.execute(statement, params)
        return
    # The request ran nothing else: the statement is the transaction, autocommitted.
    conn: Connection = session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
    conn.execute(statement, params)


@event.listens_for(Session, "after_begin")
def _connected(session: Session, transaction: SessionTransaction, connection: Any) -> None:
    stage = staged(session)
    if stage is not None:
        stage.connected = True


@event.listens_for(Session, "after_transaction_end")
def _ended(session: Session, transaction: SessionTransaction) -> None:
    stage = staged(session)
    if stage is not None and transaction.parent is None:
        stage.connected = False


@event.listens_for(Session, "after_soft_rollback")
def _drop_staged(session: Session, previous: SessionTransaction) -> None:
    stage = staged(session)
    if stage is not None:
        stage.drop()
