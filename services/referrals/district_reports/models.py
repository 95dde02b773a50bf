"""The district-report tables: the half-year reports and the missing ones flagged (R8)."""

import uuid
from datetime import date, datetime

from sqlalchemy import Date, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from services.referrals.database import Base


class DistrictReport(Base):
    """A district supervision body's half-year report of its accountability work (R8)."""

    __tablename__ = "district_reports"
    __table_args__ = (UniqueConstraint("district", "year", "half", name="uq_district_report"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    district: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)
    half: Mapped[int] = mapped_column(Integer)
    filed_by: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text)
    cases: Mapped[int] = mapped_column(Integer)
    decisions: Mapped[int] = mapped_column(Integer)
    sanctioned_persons: Mapped[int] = mapped_column(Integer)
    filed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class MissingReport(Base):
    """A district's half-year report not filed by its due date, flagged once."""

    __tablename__ = "district_reports_missing"

    district: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    half: Mapped[int] = mapped_column(Integer, primary_key=True)
    due_date: Mapped[date] = mapped_column(Date)
    flagged_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
