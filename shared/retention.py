"""Forgetting what only guards against repeats, once no repeat can come.

Two tables of every service grow with each event consumed and each keyed request, and hold
nothing anyone reads later:

- `processed_events`: the consumers' marks of the events they applied, so that a record
  delivered again is dropped. A record comes again only from Kafka's log, which keeps it
  `log.retention.hours` (168 h, deploy/kafka/server.properties and Kafka's default). A mark is
  kept `processed_events_retention_hours` (336 h by default, never less than 168 h).
- `idempotent_requests`: the first answer of each Idempotency-Key. A retry within
  `idempotency_retention_hours` (168 h) gets it again; after that the key is forgotten and a
  retry runs as a new request (the IETF draft's key expiry, stated in the header's docs).

The sweep (`retention_job`, in every service's jobs) deletes at most `retention_sweep_batch`
rows of each table per run, in its own short transaction, every
`retention_sweep_interval_s`; several replicas may sweep at once.
"""

from datetime import datetime, timedelta

from pydantic import BaseModel
from sqlalchemy import Table, text
from sqlalchemy.ext.asyncio import AsyncSession

from shared.jobs import Job, Step, every
from shared.settings import ServiceSettings


class Swept(BaseModel):
    """Rows one sweep deleted, by table."""

    processed_events: int = 0
    idempotent_requests: int = 0


async def delete_older(
    session: AsyncSession, table: str, column: str, before: datetime, limit: int
) -> int:
    """Deletes up to `limit` rows whose `column` is before a time; gets how many went.

    Reads them through the column's index, oldest first, and deletes them by row address.
    The names come from the code, never from a request.
    """
    statement = text(
        f"DELETE FROM {table} WHERE ctid = ANY(ARRAY("
        f"SELECT ctid FROM {table} WHERE {column} < :before ORDER BY {column} LIMIT :n))"
    )
    result = await session.execute(statement, {"before": before, "n": limit})
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def sweep_step(settings: ServiceSettings, processed: Table | None) -> Step:
    """Builds the step of one sweep: the service's processed events, then its keys."""
    limit = settings.retention_sweep_batch

    async def sweep(session: AsyncSession, now: datetime) -> Swept:
        swept = Swept()
        if processed is not None:
            before = now - timedelta(hours=settings.processed_events_retention_hours)
            swept.processed_events = await delete_older(
                session, processed.name, "processed_at", before, limit
            )
        before = now - timedelta(hours=settings.idempotency_retention_hours)
        swept.idempotent_requests = await delete_older(
            session, "idempotent_requests", "created_at", before, limit
        )
        return swept

    return sweep


def retention_job(settings: ServiceSettings, processed: Table | None) -> Job:
    """Builds the job that keeps both tables to their retention (create_service_app adds it)."""
    step = sweep_step(settings, processed)
    return every("retention sweep", settings.retention_sweep_interval_s, step)
