"""The progress report table (R1)."""

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from services.registry.database import Base


class ProgressReport(Base):
    """A unit's report on a task for one quarter."""

    __tablename__ = "progress_reports"
    __table_args__ = (
        UniqueConstraint(
            "task_id", "year", "quarter", "department", name="uq_progress_task_quarter_unit"
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tasks.id"))
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    department: Mapped[str] = mapped_column(String(40))
    percent: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text)
    reported_on: Mapped[date] = mapped_column(Date)
    late: Mapped[bool] = mapped_column(Boolean)
    reported_by_subject: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
