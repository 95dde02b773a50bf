"""The assessment tables: the year's scheme, the ledger, scores, rectifications, commendations."""

import uuid
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from services.registry.database import Base


class AssessmentIndicator(Base):
    """One indicator of a year's scheme (指标): points, deduction per failure, threshold."""

    __tablename__ = "assessment_indicators"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    points: Mapped[int] = mapped_column(Integer)
    deduction: Mapped[int] = mapped_column(Integer)
    threshold: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer)


class AssessmentYear(Base):
    """A year whose evaluation was published: its scheme is locked."""

    __tablename__ = "assessment_years"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    published_by: Mapped[str] = mapped_column(String(40))


class LedgerEntry(Base):
    """A point lost (or gained), with the event and the record it came from."""

    __tablename__ = "assessment_ledger"
    __table_args__ = (
        # A replayed or duplicated event changes the score once.
        UniqueConstraint("source_event_id", "indicator", name="uq_assessment_ledger_source"),
        Index("ix_assessment_ledger_year_department", "year", "department"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    department: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    indicator: Mapped[str] = mapped_column(String(40))
    points: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    source_event_id: Mapped[uuid.UUID] = mapped_column()
    source_event_type: Mapped[str] = mapped_column(String(200))
    source_type: Mapped[str] = mapped_column(String(40))
    source_id: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Score(Base):
    """The ledger summed by department, year, quarter and indicator (rebuilt at will)."""

    __tablename__ = "assessment_scores"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    quarter: Mapped[int] = mapped_column(Integer, primary_key=True)
    department: Mapped[str] = mapped_column(String(40), primary_key=True)
    indicator: Mapped[str] = mapped_column(String(40), primary_key=True)
    points: Mapped[int] = mapped_column(Integer)
    entries: Mapped[int] = mapped_column(Integer)


class Rectification(Base):
    """Loop 1: the rectification task (整改) a failing indicator opened, once per year."""

    __tablename__ = "assessment_rectifications"
    __table_args__ = (
        UniqueConstraint("department", "year", "indicator", name="uq_assessment_rectification"),
    )

    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tasks.id"), primary_key=True)
    department: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)
    indicator: Mapped[str] = mapped_column(String(40))
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Commendation(Base):
    """Loop 2: a unit proposed as an advanced unit (先进单位) when its year was published."""

    __tablename__ = "assessment_commendations"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    department: Mapped[str] = mapped_column(String(40), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    rank: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
