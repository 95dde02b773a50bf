"""The circulars issued on the mayor's matters, one per quarter (R2)."""

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.registry.database import Base


class LeaderMatterCircular(Base):
    """A quarter's circular (通报), kept as issued: later changes to the matters do not alter it."""

    __tablename__ = "leader_matter_circulars"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    quarter: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    issued_by: Mapped[str] = mapped_column(String(40))
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    done: Mapped[int] = mapped_column(Integer)
    late: Mapped[int] = mapped_column(Integer)
    open: Mapped[int] = mapped_column(Integer)
    matters: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
