"""Complaints, complainants (kept apart), identity reads, history, messages, evidence, marks.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TZ = sa.DateTime(timezone=True)


def _child(name: str, *columns: sa.Column, pk: bool = True) -> None:
    id_column = [sa.Column("id", sa.Uuid, primary_key=True)] if pk else []
    op.create_table(
        name,
        *id_column,
        sa.Column("complaint_id", sa.Uuid, sa.ForeignKey("complaints.id"), nullable=False),
        *columns,
    )
    op.create_index(f"ix_{name}_complaint_id", name, ["complaint_id"])


def upgrade() -> None:
    op.create_table(
        "complaints",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("tracking_code", sa.String(20), nullable=False, unique=True),
        sa.Column("secret_hash", sa.String(200), nullable=False),
        sa.Column("channel", sa.String(30), nullable=False),
        sa.Column("category", sa.String(30), nullable=False, index=True),
        sa.Column("target_department", sa.String(40), nullable=False, index=True),
        sa.Column("target_post", sa.String(200)),
        sa.Column("description", sa.Text, nullable=False),
        sa.Column("event_date", sa.Date, nullable=False),
        sa.Column("anonymous", sa.Boolean, nullable=False),
        sa.Column("first_contact_department", sa.String(40), nullable=False),
        sa.Column("entered_by_subject", sa.String(200)),
        sa.Column("handling_department", sa.String(40), nullable=False, index=True),
        sa.Column("forwarded_by", sa.String(40)),
        sa.Column("feedback_to", sa.String(40)),
        sa.Column("status", sa.String(20), nullable=False, index=True),
        sa.Column("received_at", TZ, nullable=False),
        sa.Column("acknowledge_due", sa.Date, nullable=False),
        sa.Column("handle_due", sa.Date, nullable=False),
        sa.Column("acknowledged_at", TZ),
        sa.Column("handled_at", TZ),
        sa.Column("outcome", sa.String(30)),
        sa.Column("findings", sa.Text),
        sa.Column("legal_basis", sa.Text),
        sa.Column("public_result", sa.Text),
        sa.Column("internal_notes", sa.Text),
        sa.Column("escalated", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("appraisal", sa.String(30)),
        sa.Column("appraised_at", TZ),
        sa.Column("idempotency_scope", sa.String(60)),
        sa.Column("idempotency_key_hash", sa.String(64)),
        sa.Column("request_fingerprint", sa.String(64)),
        sa.UniqueConstraint("idempotency_scope", "idempotency_key_hash", name="uq_complaint_idem"),
    )
    op.create_index("ix_complaints_received", "complaints", ["received_at", "id"])
    op.create_table(
        "complainants",
        sa.Column(
            "complaint_id",
            sa.Uuid,
            sa.ForeignKey("complaints.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("phone", sa.String(30)),
        sa.Column("address", sa.String(300)),
    )
    _child(
        "complainant_reads",
        sa.Column("department", sa.String(40), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("purpose", sa.String(200)),
        sa.Column("read_at", TZ, nullable=False),
    )
    _child(
        "complaint_steps",
        sa.Column("seq", sa.BigInteger, sa.Identity(always=True), nullable=False, unique=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("department", sa.String(40)),
        sa.Column("officer", sa.String(200)),
        sa.Column("to_department", sa.String(40)),
        sa.Column("note", sa.Text),
        sa.Column("at", TZ, nullable=False),
    )
    _child(
        "complaint_messages",
        sa.Column("seq", sa.BigInteger, sa.Identity(always=True), nullable=False, unique=True),
        sa.Column("author", sa.String(20), nullable=False),
        sa.Column("department", sa.String(40)),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    _child(
        "complaint_evidence",
        sa.Column("content_type", sa.String(100), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("storage_key", sa.String(200), nullable=False),
        sa.Column("uploaded_at", TZ, nullable=False),
    )
    op.create_table(
        "complaint_deadline_marks",
        sa.Column("complaint_id", sa.Uuid, sa.ForeignKey("complaints.id"), primary_key=True),
        sa.Column("limit_kind", sa.String(20), primary_key=True),
        sa.Column("action", sa.String(20), primary_key=True),
        sa.Column("at", TZ, nullable=False),
    )


def downgrade() -> None:
    for table in (
        "complaint_deadline_marks",
        "complaint_evidence",
        "complaint_messages",
        "complaint_steps",
        "complainant_reads",
        "complainants",
        "complaints",
    ):
        op.drop_table(table)
