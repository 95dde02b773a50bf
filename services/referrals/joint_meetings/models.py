"""The joint-meeting table: one meeting per quarter, its agenda and its minutes (R7)."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.referrals.database import Base


class JointMeeting(Base):
    """A quarter's joint meeting (联席会议) of supervision, finance, audit, legal, personnel."""

    __tablename__ = "joint_meetings"
    __table_args__ = (UniqueConstraint("year", "quarter", name="uq_joint_meeting_quarter"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    convened_by: Mapped[str] = mapped_column(String(40))
    held_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    agenda: Mapped[dict[str, Any]] = mapped_column(JSONB)
    minutes: Mapped[str | None] = mapped_column(Text)
    minutes_issued_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
