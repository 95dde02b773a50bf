"""The inbox item table: one row per (event, recipient department)."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, DateTime, Identity, Index, String, UniqueConstraint, func, text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.notifications.database import Base


class InboxItem(Base):
    """Something a department must see: a copy, a referral, a reminder."""

    __tablename__ = "inbox_items"
    __table_args__ = (
        # Exactly once per (event, recipient), whatever the redeliveries.
        UniqueConstraint("source_event_id", "department", name="uq_inbox_event_department"),
        Index("ix_inbox_department_created", "department", "created_at", "id"),
        Index("ix_inbox_department_seq", "department", "seq"),
        Index(
            "ix_inbox_awaiting_ack",
            "created_at",
            postgresql_where=text(
                "requires_ack and acknowledged_at is null and escalated_at is null"
            ),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    # Delivery order, the live stream's event id (resumable with Last-Event-ID).
    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=False), unique=True)
    department: Mapped[str] = mapped_column(String(40))
    source_event_id: Mapped[uuid.UUID]
    source_event_type: Mapped[str] = mapped_column(String(200))
    source_service: Mapped[str] = mapped_column(String(50))
    subject: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300))
    sender: Mapped[str | None] = mapped_column(String(40))
    rule: Mapped[str] = mapped_column(String(50))
    rules: Mapped[list[str]] = mapped_column(ARRAY(String(50)), server_default="{}")
    data: Mapped[dict[str, Any]] = mapped_column(JSONB)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    requires_ack: Mapped[bool] = mapped_column(server_default="false")
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    acknowledged_by: Mapped[str | None] = mapped_column(String(100))
    reminded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    escalated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
