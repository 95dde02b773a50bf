"""The legal outcome tables: outcomes, the responsibility reviews they open, escalations."""

import uuid
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from services.referrals.database import Base


class LegalOutcome(Base):
    """The outcome of a reconsideration or lawsuit against a department's act (R16)."""

    __tablename__ = "legal_outcomes"
    # One record per case of a proceeding: a second recording of the same case is refused.
    __table_args__ = (UniqueConstraint("proceeding", "case_number"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    seq: Mapped[int] = mapped_column(BigInteger, Identity(), unique=True)
    proceeding: Mapped[str] = mapped_column(String(20))
    case_number: Mapped[str] = mapped_column(String(100))
    act: Mapped[str] = mapped_column(String(500))
    department: Mapped[str] = mapped_column(String(40), index=True)
    outcome: Mapped[str] = mapped_column(String(20))
    decided_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(40))
    recorded_by_subject: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ResponsibilityReview(Base):
    """The responsibility review (责任追究审查) a revoked or lost act opens (R16)."""

    __tablename__ = "responsibility_reviews"
    __table_args__ = (Index("ix_responsibility_reviews_status_due", "status", "due_date"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    outcome_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("legal_outcomes.id"), unique=True)
    department: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    opened_on: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date)
    due_date_provisional: Mapped[bool] = mapped_column(Boolean)
    finding: Mapped[str | None] = mapped_column(String(20))
    reasons: Mapped[str | None] = mapped_column(Text)
    report_id: Mapped[uuid.UUID | None] = mapped_column()
    closed_by: Mapped[str | None] = mapped_column(String(40))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ReviewEscalation(Base):
    """A review past its deadline, escalated once (shared.marks.mark_once)."""

    __tablename__ = "responsibility_review_escalations"

    review_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("responsibility_reviews.id"), primary_key=True
    )
    due_date: Mapped[date] = mapped_column(Date)
    escalated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
