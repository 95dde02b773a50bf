"""The quarterly publication of complaint channels (R11)."""

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.registry.database import Base


class ChannelPublication(Base):
    """The city-wide list of complaint phones and web addresses of one quarter, frozen."""

    __tablename__ = "channel_publications"

    # One publication per quarter: the key is the exactly-once mark of the job (shared.marks).
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    quarter: Mapped[int] = mapped_column(Integer, primary_key=True)
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    channels: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
    missing: Mapped[list[dict[str, Any]]] = mapped_column(JSONB)
