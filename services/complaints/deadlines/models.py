"""The marks of the time-limit job: each reminder and escalation happens once (R15)."""

import uuid
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from services.complaints.database import Base


class DeadlineMark(Base):
    """A reminder or escalation already produced for one limit: makes each happen once."""

    __tablename__ = "complaint_deadline_marks"

    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaints.id"), primary_key=True)
    limit_kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    action: Mapped[str] = mapped_column(String(20), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
