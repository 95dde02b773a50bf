"""The case tables: cases, their escalations, decisions and the persons held accountable."""

import uuid
from datetime import date, datetime

from sqlalchemy import (
    ARRAY,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from services.referrals.database import Base


class Case(Base):
    """A matter supervision handles; one per source item (report, referral, media lead)."""

    __tablename__ = "cases"
    __table_args__ = (UniqueConstraint("source", "source_id", name="uq_case_source"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    seq: Mapped[int] = mapped_column(BigInteger, Identity(), unique=True)
    source: Mapped[str] = mapped_column(String(30))
    source_id: Mapped[uuid.UUID]
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)
    referring_department: Mapped[str | None] = mapped_column(String(40), index=True)
    concerned_department: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(30), index=True)
    status_changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    due_date: Mapped[date | None] = mapped_column(Date)
    due_date_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    feedback_note: Mapped[str | None] = mapped_column(Text)
    opened_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CaseEscalation(Base):
    """A missed time limit of a case, escalated once."""

    __tablename__ = "case_escalations"

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    limit: Mapped[str] = mapped_column(String(30), primary_key=True)
    due_date: Mapped[date] = mapped_column(Date)
    escalated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )


class Decision(Base):
    """Supervision's accountability decision on a case (one per case)."""

    __tablename__ = "case_decisions"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("cases.id"), unique=True)
    facts: Mapped[str] = mapped_column(Text)
    legal_basis: Mapped[str] = mapped_column(Text)
    serious: Mapped[bool] = mapped_column(Boolean)
    decided_by: Mapped[str] = mapped_column(String(40))
    decided_by_subject: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AccountablePerson(Base):
    """An official a decision holds accountable, with the forms decided for them."""

    __tablename__ = "decision_persons"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    decision_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("case_decisions.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(100))
    post: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))
    tier: Mapped[str] = mapped_column(String(20))
    department_head: Mapped[bool] = mapped_column(Boolean)
    sanctions: Mapped[list[str]] = mapped_column(ARRAY(String(40)))
