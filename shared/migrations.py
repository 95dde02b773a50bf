"""Alembic plumbing shared by every service's migration history."""

import asyncio
from pathlib import Path

from alembic import command, context
from alembic.config import Config
from sqlalchemy import MetaData, pool, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine


def alembic_config(migrations_dir: Path, database_url: str) -> Config:
    """Builds the Alembic config of one service's history."""
    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def upgrade(migrations_dir: Path, database_url: str) -> None:
    """Applies a service's migrations up to head."""
    command.upgrade(alembic_config(migrations_dir, database_url), "head")


def revision(migrations_dir: Path, database_url: str, message: str) -> None:
    """Autogenerates a new revision from the difference between the models and the database."""
    command.revision(alembic_config(migrations_dir, database_url), message, autogenerate=True)


def run_env(metadata: MetaData, default_url: str) -> None:
    """The body of every service's migrations/env.py (online mode, asyncpg)."""

    def migrate(connection: Connection) -> None:
        context.configure(connection=connection, target_metadata=metadata, compare_type=True)
        with context.begin_transaction():
            context.run_migrations()

    async def online() -> None:
        url = context.config.get_main_option("sqlalchemy.url") or default_url
        engine = create_async_engine(url, poolclass=pool.NullPool)
        async with engine.connect() as connection:
            await connection.run_sync(migrate)
        await engine.dispose()

    asyncio.run(online())


def _shared_metadata(with_department_copy: bool) -> MetaData:
    from shared.consumer import processed_events_table
    from shared.directory import department_copy_table
    from shared.outbox import outbox_table

    metadata = MetaData()
    outbox_table(metadata)
    processed_events_table(metadata, version=1)
    if with_department_copy:
        department_copy_table(metadata)
    return metadata


def create_shared_tables(bind: Connection, with_department_copy: bool = True) -> None:
    """Creates the outbox, processed-events and (optionally) department-copy tables.

    Used by each service's first revision. These definitions are version 1: a later change
    to them needs a new revision in every service, not an edit of the shared definition.
    """
    _shared_metadata(with_department_copy).create_all(bind)


def drop_shared_tables(bind: Connection, with_department_copy: bool = True) -> None:
    """Drops the tables create_shared_tables made."""
    _shared_metadata(with_department_copy).drop_all(bind)


def create_outbox_notify_trigger(bind: Connection, source: str) -> None:
    """Makes every insert into the outbox wake the relay when its transaction commits.

    The trigger sends NOTIFY outbox_<source> once per statement (PostgreSQL folds identical
    notifications of one transaction into one), so writers need no round trip of their own.
    """
    bind.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN PERFORM pg_notify('outbox_{source}', ''); RETURN NULL; END $$"
    )
    bind.exec_driver_sql(
        "CREATE TRIGGER outbox_notify AFTER INSERT ON outbox "
        "FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()"
    )


def drop_outbox_notify_trigger(bind: Connection) -> None:
    """Drops what create_outbox_notify_trigger made."""
    bind.exec_driver_sql("DROP TRIGGER IF EXISTS outbox_notify ON outbox")
    bind.exec_driver_sql("DROP FUNCTION IF EXISTS outbox_notify()")


def _idempotency_metadata() -> MetaData:
    from shared.idempotency import idempotency_table

    metadata = MetaData()
    idempotency_table(metadata)
    return metadata


def create_idempotency_table(bind: Connection) -> None:
    """Creates the idempotent_requests table (version 1, as create_shared_tables)."""
    _idempotency_metadata().create_all(bind)


def drop_idempotency_table(bind: Connection) -> None:
    """Drops what create_idempotency_table made."""
    _idempotency_metadata().drop_all(bind)


def _calendar_copy_metadata() -> MetaData:
    from shared.calendar_copy import calendar_copy_tables

    metadata = MetaData()
    calendar_copy_tables(metadata)
    return metadata


def create_calendar_copy_tables(bind: Connection) -> None:
    """Creates the local copy of the registry's calendar days and years (version 1)."""
    _calendar_copy_metadata().create_all(bind)


def drop_calendar_copy_tables(bind: Connection) -> None:
    """Drops what create_calendar_copy_tables made."""
    _calendar_copy_metadata().drop_all(bind)


def _audit_metadata() -> MetaData:
    from shared.audit import audit_table

    metadata = MetaData()
    audit_table(metadata)
    return metadata


def create_audit_table(bind: Connection) -> None:
    """Creates the audit_log table (version 1, as create_shared_tables)."""
    _audit_metadata().create_all(bind)


def drop_audit_table(bind: Connection) -> None:
    """Drops what create_audit_table made."""
    _audit_metadata().drop_all(bind)


def create_audit_head(bind: Connection) -> None:
    """Creates audit_head (version 1) with its one row at the chain's last entry."""
    from shared.audit import GENESIS, HEAD_ROW, audit_head_table

    metadata = MetaData()
    audit_head_table(metadata).create(bind)
    bind.execute(
        text(
            "INSERT INTO audit_head (id, seq, prev_hash, hash) "
            "SELECT :row, coalesce(last.seq, 0), coalesce(last.prev_hash, :genesis), "
            "coalesce(last.hash, :genesis) FROM (SELECT 1) AS one LEFT JOIN "
            "(SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq DESC LIMIT 1) AS last ON true"
        ),
        {"row": HEAD_ROW, "genesis": GENESIS},
    )


def drop_audit_head(bind: Connection) -> None:
    """Drops what create_audit_head made."""
    bind.execute(text("DROP TABLE audit_head"))


# Runs as an appending transaction commits, once per pending entry in the order they were
# inserted: moves the head, writes the chained entry, drops the pending row (shared/audit.py).
AUDIT_CHAIN = (
    """
CREATE FUNCTION audit_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    moved record;
BEGIN
    UPDATE audit_head
    SET seq = seq + 1,
        prev_hash = hash,
        hash = encode(sha256(decode(hash, 'hex') || NEW.bytes_before
                             || convert_to((seq + 1)::text, 'UTF8') || NEW.bytes_after), 'hex')
    WHERE id = {head_row}
    RETURNING * INTO moved;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the audit_head row is missing';
    END IF;
    INSERT INTO audit_log (seq, at, department, subject, roles, action, record_type,
                           record_id, detail, prev_hash, hash)
    VALUES (moved.seq, NEW.at, NEW.department, NEW.subject, NEW.roles, NEW.action,
            NEW.record_type, NEW.record_id, NEW.detail, moved.prev_hash, moved.hash);
    DELETE FROM audit_pending WHERE id = NEW.id;
    RETURN NULL;
END
$$
""",
    """
CREATE CONSTRAINT TRIGGER audit_chain AFTER INSERT ON audit_pending
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_chain()
""",
)


def create_audit_pending(bind: Connection) -> None:
    """Creates audit_pending (version 1) and the trigger that chains its rows at commit."""
    from shared.audit import HEAD_ROW, audit_pending_table

    metadata = MetaData()
    audit_pending_table(metadata).create(bind)
    for statement in AUDIT_CHAIN:
        bind.exec_driver_sql(statement.format(head_row=HEAD_ROW))


def drop_audit_pending(bind: Connection) -> None:
    """Drops what create_audit_pending made."""
    bind.execute(text("DROP TABLE audit_pending"))
    bind.execute(text("DROP FUNCTION audit_chain()"))


def create_processed_at_index(bind: Connection) -> None:
    """Indexes processed_events.processed_at (version 2), which the retention sweep reads."""
    from shared.consumer import PROCESSED_AT_INDEX

    bind.execute(text(f"CREATE INDEX {PROCESSED_AT_INDEX} ON processed_events (processed_at)"))


def drop_processed_at_index(bind: Connection) -> None:
    """Drops what create_processed_at_index made."""
    from shared.consumer import PROCESSED_AT_INDEX

    bind.execute(text(f"DROP INDEX {PROCESSED_AT_INDEX}"))
