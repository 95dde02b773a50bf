"""The half-year check of each unit's reported progress (R1)."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer, String, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.registry.database import Base


class ProgressCheck(Base):
    """GOV_OFFICE's or SUPERVISION's check of one unit for one half year, with its findings."""

    __tablename__ = "progress_checks"
    __table_args__ = (UniqueConstraint("year", "half", "department", name="uq_progress_check"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    year: Mapped[int] = mapped_column(Integer)
    half: Mapped[int] = mapped_column(Integer)
    department: Mapped[str] = mapped_column(String(40), index=True)
    checked_by: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str | None] = mapped_column(String(4000))
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    reporting: Mapped[dict[str, int]] = mapped_column(JSONB)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
