"""The urge notice table."""

import uuid
from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from services.registry.database import Base


class UrgeNotice(Base):
    """An urge notice on an overdue task, numbered per task (1, 2, ...)."""

    __tablename__ = "urge_notices"
    __table_args__ = (UniqueConstraint("task_id", "sequence", name="uq_urge_task_sequence"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tasks.id"))
    sequence: Mapped[int] = mapped_column(Integer)
    new_deadline: Mapped[date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text)
    issued_by: Mapped[str] = mapped_column(String(40))
    issued_by_subject: Mapped[str] = mapped_column(String(200))
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
