"""The registry database: ORM base and the outbox."""

from sqlalchemy.orm import DeclarativeBase

from shared.audit import AuditLog
from shared.consumer import processed_events_table
from shared.idempotency import idempotency_table
from shared.outbox import Outbox, outbox_table


class Base(DeclarativeBase):
    """Base of the registry models."""


outbox = Outbox("registry", outbox_table(Base.metadata))
processed_events = processed_events_table(Base.metadata)
idempotent_requests = idempotency_table(Base.metadata)
audit = AuditLog("registry", Base.metadata)
