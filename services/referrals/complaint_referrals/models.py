"""The complaint referral table: one referral to supervision per complaint and trigger (R15)."""

import uuid
from datetime import date, datetime

from sqlalchemy import Date, DateTime, String, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from services.referrals.database import Base


class ComplaintReferral(Base):
    """A complaint whose time limit was missed, or whose fault was substantiated (R15)."""

    __tablename__ = "complaint_referrals"
    __table_args__ = (UniqueConstraint("complaint_id", "trigger", name="uq_complaint_referral"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    complaint_id: Mapped[uuid.UUID] = mapped_column(index=True)
    trigger: Mapped[str] = mapped_column(String(50))
    category: Mapped[str] = mapped_column(String(50))
    concerned_department: Mapped[str] = mapped_column(String(40), index=True)
    due_date: Mapped[date | None] = mapped_column(Date)
    source_event_id: Mapped[uuid.UUID]
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
