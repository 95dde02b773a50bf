"""The white paper table (R13)."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.registry.database import Base


class WhitePaper(Base):
    """One version of a department's white paper for a year."""

    __tablename__ = "white_papers"
    __table_args__ = (
        UniqueConstraint("department", "year", "version", name="uq_white_paper_version"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    department: Mapped[str] = mapped_column(String(40), index=True)
    year: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20))
    duties: Mapped[str] = mapped_column(Text)
    goals: Mapped[str] = mapped_column(Text)
    schedule: Mapped[str] = mapped_column(Text)
    tasks: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    previous_year: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    # The previous year's published evaluation of the department (loop 1), when there is one.
    previous_year_assessment: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
