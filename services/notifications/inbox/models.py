"""The inbox item table: one row per (event, recipient department)."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Index, String, UniqueConstraint, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.notifications.database import Base


class InboxItem(Base):
    """Something a department must see: a copy, a referral, a reminder."""

    __tablename__ = "inbox_items"
    __table_args__ = (
        # Exactly once per (event, recipient), whatever the redeliveries.
        UniqueConstraint("source_event_id", "department", name="uq_inbox_event_department"),
        Index("ix_inbox_department_created", "department", "created_at", "id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    department: Mapped[str] = mapped_column(String(40))
    source_event_id: Mapped[uuid.UUID]
    source_event_type: Mapped[str] = mapped_column(String(200))
    source_service: Mapped[str] = mapped_column(String(50))
    subject: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300))
    sender: Mapped[str | None] = mapped_column(String(40))
    rule: Mapped[str] = mapped_column(String(50))
    data: Mapped[dict[str, Any]] = mapped_column(JSONB)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    read_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
