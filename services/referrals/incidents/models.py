"""The incident tables: incidents, the officials in the roles of art. 13–16, escalations."""

import uuid
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Identity,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from services.referrals.database import Base


class Incident(Base):
    """A public-safety accident (公共安全责任事故) or major event, and its review (R12)."""

    __tablename__ = "incidents"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    seq: Mapped[int] = mapped_column(BigInteger, Identity(), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    severity: Mapped[str] = mapped_column(String(30))
    district: Mapped[str | None] = mapped_column(String(40))
    occurred_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    on_site_meeting_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decider: Mapped[str] = mapped_column(String(20))
    initial_decision_due: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    initial_decision_case: Mapped[uuid.UUID | None]
    department_head_involved: Mapped[bool] = mapped_column(Boolean)
    circulator: Mapped[str | None] = mapped_column(String(20))
    explanation_due: Mapped[date | None] = mapped_column(Date)
    explanation_due_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    explained_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    investigation_concluded_on: Mapped[date | None] = mapped_column(Date)
    circulation_due: Mapped[date | None] = mapped_column(Date)
    circulated_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    apology_reason: Mapped[str | None] = mapped_column(String(30))
    apology_finding: Mapped[str | None] = mapped_column(Text)
    apology_proposed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    apology_case: Mapped[uuid.UUID | None]
    registered_by: Mapped[str] = mapped_column(String(40))
    registered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class IncidentOfficial(Base):
    """An official holding a role of art. 13–16, with the form the table proposes."""

    __tablename__ = "incident_officials"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(100))
    post: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(200))
    proposed_sanction: Mapped[str | None] = mapped_column(String(40))


class IncidentEscalation(Base):
    """A missed review deadline of an incident, escalated once."""

    __tablename__ = "incident_escalations"

    incident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("incidents.id"), primary_key=True)
    limit: Mapped[str] = mapped_column(String(30), primary_key=True)
    due_date: Mapped[date] = mapped_column(Date)
    escalated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
