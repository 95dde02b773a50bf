"""Complaint tables: the complaint, its complainant (kept apart), the reads of it, history."""

import uuid
from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Double,
    ForeignKey,
    Identity,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from services.complaints.database import Base
from shared.crypto import Sealed, SealedTable


class Complaint(Base):
    """A complaint about an administrative fault; no personal data of the complainant here."""

    __tablename__ = "complaints"
    __table_args__ = (
        UniqueConstraint("idempotency_scope", "idempotency_key_hash", name="uq_complaint_idem"),
        Index("ix_complaints_received", "received_at", "id"),
        # The department views (repository.page): newest first per role of the department.
        Index("ix_complaints_handling_received", "handling_department", "received_at", "id"),
        Index(
            "ix_complaints_first_contact_received", "first_contact_department", "received_at", "id"
        ),
        Index("ix_complaints_forwarded_received", "forwarded_by", "received_at", "id"),
        Index("ix_complaints_overseen_received", "overseen_by", "received_at", "id"),
        # The lists filtered by status, overall and per department role (newest first).
        Index("ix_complaints_status_received", "status", "received_at", "id"),
        Index(
            "ix_complaints_handling_status_received",
            "handling_department",
            "status",
            "received_at",
            "id",
        ),
        Index(
            "ix_complaints_first_contact_status_received",
            "first_contact_department",
            "status",
            "received_at",
            "id",
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    tracking_code: Mapped[str] = mapped_column(String(20), unique=True)
    secret_hash: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(30))
    category: Mapped[str] = mapped_column(String(30), index=True)
    target_department: Mapped[str] = mapped_column(String(40), index=True)
    target_post: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    event_date: Mapped[date] = mapped_column(Date)
    anonymous: Mapped[bool]
    first_contact_department: Mapped[str] = mapped_column(String(40))
    entered_by_subject: Mapped[str | None] = mapped_column(String(200))
    handling_department: Mapped[str] = mapped_column(String(40))
    forwarded_by: Mapped[str | None] = mapped_column(String(40))
    # Supervision, or the body that oversees a complaint concerning supervision (conflict).
    overseen_by: Mapped[str | None] = mapped_column(String(40))
    feedback_to: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    acknowledge_due: Mapped[date] = mapped_column(Date)
    acknowledge_due_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    handle_due: Mapped[date] = mapped_column(Date)
    handle_due_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    handled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    outcome: Mapped[str | None] = mapped_column(String(30))
    findings: Mapped[str | None] = mapped_column(Text)
    legal_basis: Mapped[str | None] = mapped_column(Text)
    public_result: Mapped[str | None] = mapped_column(Text)
    internal_notes: Mapped[str | None] = mapped_column(Text)
    escalated: Mapped[bool] = mapped_column(default=False)
    appraisal: Mapped[str | None] = mapped_column(String(30))
    appraised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    accountability_result: Mapped[str | None] = mapped_column(Text)
    accountability_reported_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Where the fault happened (Open311 lat/long/address_string) and a picture of it
    # (media_url): the place, not the complainant's address.
    lat: Mapped[float | None] = mapped_column(Double)
    long: Mapped[float | None] = mapped_column(Double)
    address_string: Mapped[str | None] = mapped_column(String(500))
    media_url: Mapped[str | None] = mapped_column(String(2000))
    idempotency_scope: Mapped[str | None] = mapped_column(String(60))
    idempotency_key_hash: Mapped[str | None] = mapped_column(String(64))
    request_fingerprint: Mapped[str | None] = mapped_column(String(64))


class Complainant(Base):
    """Who complained: never read by the accused unit, every read logged (petition rule).

    The identity is sealed at rest (shared/crypto.py); the phone is found by its keyed hash.
    """

    __tablename__ = "complainants"

    complaint_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(Sealed("complainants.name"))
    phone: Mapped[str | None] = mapped_column(Sealed("complainants.phone"))
    phone_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    address: Mapped[str | None] = mapped_column(Sealed("complainants.address"))


SEALED = [
    SealedTable(
        "complainants",
        "complaint_id",
        ("name", "phone", "address"),
        search={"phone_hash": "phone"},
        normalize={"phone": "phone"},
    )
]


class IdentityRead(Base):
    """One read of a complainant's identity (the access log)."""

    __tablename__ = "complainant_reads"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaints.id"), index=True)
    department: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str | None] = mapped_column(String(200))
    read_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Step(Base):
    """An entry of a complaint's history: receipt, forwarding, reassignment, escalation..."""

    __tablename__ = "complaint_steps"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    # Insertion order: steps of one request share a timestamp.
    seq: Mapped[int] = mapped_column(BigInteger, Identity(always=True), unique=True)
    complaint_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("complaints.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    department: Mapped[str | None] = mapped_column(String(40))
    # The named officer who took the step (R15: every step has a responsible person).
    officer: Mapped[str | None] = mapped_column(String(200))
    to_department: Mapped[str | None] = mapped_column(String(40))
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
