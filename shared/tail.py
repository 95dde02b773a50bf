"""A request's writes in one statement: its rows written once, its outbox events and its audit
entries, inserted together as it commits.

A request's session (shared.db.get_session) stages them: `insert()` (a row written once),
`Outbox.add_many` and `AuditLog.append_many` keep their rows in the session's info, and one
statement inserts them all (data-modifying CTEs; each combination built and prepared once):
as the session commits, or before any other statement the session runs or flushes, so what
a request reads or writes next sees them. When the request ran no other statement, that one
statement is the whole transaction: no BEGIN and no COMMIT round trips either (a statement
alone is atomic, and the audit's deferred trigger runs as it ends). A rollback drops what
was staged.

A claim (`insert(..., claim="constraint")`, a row whose unique key says whether the request
is new, such as an Idempotency-Key's) is inserted ON CONFLICT DO NOTHING, and every other
staged row, event and entry only with it: `claimed()` tells whether it went in.

The publishing order (the outbox's identity) is the order the events were added, as before.
Sessions of the relay, the consumers and the jobs write at once (a consumer's savepoint must
take its rows with it when it rolls back), and so does `insert()` in them.
"""

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, TextClause, bindparam, event, text
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from shared.audit import AuditLog
    from shared.events import Envelope
    from shared.outbox import Outbox

INFO_KEY = "staged_tail"
CLAIMED_KEY = "tail_claimed"  # a session not staged: whether its claim went in
_QUOTE = postgresql.dialect().identifier_preparer.quote
CLAIMED = "EXISTS (SELECT 1 FROM r0)"  # the condition of every row staged after a claim
# Each staged row's table and columns, and the claim's constraint, if the first row is one.
Shape = tuple[tuple[tuple[str, tuple[str, ...]], ...], str | None]


@dataclass(frozen=True)
class Row:
    """A staged row of a table."""

    table: Table
    values: dict[str, Any]


class Tail:
    """A service's one-statement writes: its staged rows', its outbox's and its audit's."""

    def __init__(self, outbox: "Outbox", audit: "AuditLog") -> None:
        self.outbox = outbox
        self.audit = audit
        self._statements: dict[Shape, TextClause] = {}

    def open(self, session: AsyncSession) -> None:
        """Makes the session stage its rows, outbox events and audit entries."""
        session.info[INFO_KEY] = Staged(self)

    def statement(self, rows: list[Row], claim: str | None) -> TextClause:
        """Gets the one statement for staged rows of these tables and columns (built once)."""
        shape = (tuple((row.table.name, tuple(row.values)) for row in rows), claim)
        found = self._statements.get(shape)
        if found is None:
            found = self._statements[shape] = self._build(rows, claim)
        return found

    def _build(self, rows: list[Row], claim: str | None) -> TextClause:
        parts, binds = [], []
        for n, row in enumerate(rows):
            columns = ", ".join(_QUOTE(c) for c in row.values)
            params = ", ".join(f":r{n}_{c}" for c in row.values)
            into = f"INSERT INTO {_QUOTE(row.table.name)} ({columns})"
            if claim is None:
                parts.append(f"r{n} AS ({into} VALUES ({params}))")
            elif n == 0:
                on = f"ON CONFLICT ON CONSTRAINT {_QUOTE(claim)} DO NOTHING RETURNING 1"
                parts.append(f"r0 AS ({into} VALUES ({params}) {on})")
            else:
                parts.append(f"r{n} AS ({into} SELECT {params} WHERE {CLAIMED})")
            binds += [bindparam(f"r{n}_{c}", type_=row.table.c[c].type) for c in row.values]
        only_if = CLAIMED if claim else None
        parts.append(f"events AS ({self.outbox.insert(only_if)})")
        parts.append(f"entries AS ({self.audit.insert(only_if)})")
        result = "SELECT count(*) FROM r0" if claim else "SELECT 1"
        return text(f"WITH {', '.join(parts)} {result}").bindparams(*binds)


@dataclass
class Staged:
    """What a request's session has staged: rows, events (envelope, topic) and audit entries."""

    tail: Tail
    rows: list[Row] = field(default_factory=list)
    claim: str | None = None  # the constraint of rows[0], when it is a claim
    events: list[tuple["Envelope", str]] = field(default_factory=list)
    entries: list[tuple[dict[str, Any], bytes, bytes]] = field(default_factory=list)
    connected: bool = False  # the transaction has run a statement of its own
    claimed: bool | None = None  # whether the claim went in, once its statement ran

    @property
    def pending(self) -> bool:
        """Tells whether anything is staged."""
        return bool(self.rows or self.events or self.entries)

    def take(self) -> tuple[TextClause, dict[str, Any]] | None:
        """Gets the statement and its parameters and empties the stage (None: nothing staged)."""
        if not self.pending:
            return None
        params = self.tail.outbox.params(self.events) | self.tail.audit.params(self.entries)
        for n, row in enumerate(self.rows):
            params.update({f"r{n}_{c}": v for c, v in row.values.items()})
        statement = self.tail.statement(self.rows, self.claim)
        self.drop()
        return statement, params

    def drop(self) -> None:
        """Forgets what was staged."""
        self.rows, self.claim, self.events, self.entries = [], None, [], []

    def write(self, run: Any) -> None:
        """Writes what is staged with `run` (a session's or a connection's execute)."""
        claim = self.claim
        taken = self.take()
        if taken is not None:
            result = run(*taken)
            if claim is not None:
                self.claimed = bool(result.scalar_one())


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


async def insert(
    session: AsyncSession, table: Table, values: dict[str, Any], claim: str | None = None
) -> None:
    """Inserts a row written once, with the request's other writes (at once when not staged).

    Every column's value is given here or by its Python-side default; the database's own
    defaults (identities, server defaults) fill the columns left out. `claim`: the unique
    constraint that decides whether the request is new (the first row staged; see claimed()).
    """
    row = {**_defaults(table, values), **values}
    found = stage(session)
    if found is None:
        result = await session.execute(_insert_one(table, list(row), claim), row)
        if claim is not None:
            session.info[CLAIMED_KEY] = result.first() is not None
        return
    if claim is not None and found.pending:
        raise ValueError("a claim is the first row a request stages")
    found.rows.append(Row(table, row))
    if claim is not None:
        found.claim, found.claimed = claim, None


def _insert_one(table: Table, columns: list[str], claim: str | None) -> TextClause:
    into = f"INSERT INTO {_QUOTE(table.name)} ({', '.join(_QUOTE(c) for c in columns)})"
    values = f"VALUES ({', '.join(':' + c for c in columns)})"
    on = f" ON CONFLICT ON CONSTRAINT {_QUOTE(claim)} DO NOTHING RETURNING 1" if claim else ""
    binds = [bindparam(c, type_=table.c[c].type) for c in columns]
    return text(f"{into} {values}{on}").bindparams(*binds)


async def claimed(session: AsyncSession) -> bool:
    """Tells whether the request's claim went in (written now if it is still staged)."""
    found = staged(session)
    if found is None:
        return bool(session.info.get(CLAIMED_KEY))
    if found.claim is not None:
        await session.run_sync(lambda sync: found.write(sync.execute))
    assert found.claimed is not None, "no claim was staged"
    return found.claimed


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


# The hooks run inside AsyncSession's greenlet, so their synchronous execute awaits asyncpg.
@event.listens_for(Session, "before_commit")
def _write_at_commit(session: Session) -> None:
    found = staged(session)
    if found is None:
        return
    if found.connected:
        found.write(session.execute)
        return
    # The request ran nothing else: the statement is the transaction, autocommitted.
    if found.pending:
        conn: Connection = session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        found.write(conn.execute)


@event.listens_for(Session, "do_orm_execute")
def _write_before_statement(state: ORMExecuteState) -> None:
    found = staged(state.session)
    if found is not None:
        found.write(state.session.execute)  # the statement's own execute finds the stage empty


@event.listens_for(Session, "before_flush")
def _write_before_flush(session: Session, context: Any, instances: Any) -> None:
    found = staged(session)
    if found is not None:
        found.write(session.execute)


@event.listens_for(Session, "after_begin")
def _connected(session: Session, transaction: SessionTransaction, connection: Any) -> None:
    found = staged(session)
    if found is not None:
        found.connected = True


@event.listens_for(Session, "after_transaction_end")
def _ended(session: Session, transaction: SessionTransaction) -> None:
    found = staged(session)
    if found is not None and transaction.parent is None:
        found.connected = False


@event.listens_for(Session, "after_soft_rollback")
def _drop_staged(session: Session, previous: SessionTransaction) -> None:
    found = staged(session)
    if found is not None:
        found.drop()
