"""The filing table: fault-handling results departments file with supervision (R14)."""

import uuid
from datetime import date, datetime

from sqlalchemy import ARRAY, BigInteger, Date, DateTime, Identity, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from services.referrals.database import Base


class FaultFiling(Base):
    """A department's own fault-handling result, filed with supervision (备案, R14)."""

    __tablename__ = "fault_filings"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    seq: Mapped[int] = mapped_column(BigInteger, Identity(), unique=True)
    filed_by: Mapped[str] = mapped_column(String(40), index=True)
    filed_by_subject: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200))
    fault: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(Text)
    handled_on: Mapped[date] = mapped_column(Date)
    persons: Mapped[int] = mapped_column(Integer)
    sanctions: Mapped[list[str]] = mapped_column(ARRAY(String(40)))
    filed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
