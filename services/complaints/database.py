"""The complaints database: ORM base and the tables the shared mechanisms need."""

from sqlalchemy.orm import DeclarativeBase

from shared.audit import AuditLog
from shared.calendar_copy import CalendarSource, calendar_copy_tables
from shared.consumer import processed_events_table
from shared.directory import DepartmentDirectory, department_copy_table
from shared.idempotency import idempotency_table
from shared.outbox import Outbox, outbox_table
from shared.ratelimit import rate_limit_table


class Base(DeclarativeBase):
    """Base of the complaints models."""


outbox = Outbox("complaints", outbox_table(Base.metadata))
processed_events = processed_events_table(Base.metadata)
directory = DepartmentDirectory(department_copy_table(Base.metadata))
idempotent_requests = idempotency_table(Base.metadata)
calendar_copy = CalendarSource(*calendar_copy_tables(Base.metadata))
audit = AuditLog("complaints", Base.metadata)
rate_limits = rate_limit_table(Base.metadata)
