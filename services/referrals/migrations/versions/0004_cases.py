"""Cases at supervision, their escalations, decisions and the persons held accountable.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "cases",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("seq", sa.BigInteger, sa.Identity(), nullable=False, unique=True),
        sa.Column("source", sa.String(30), nullable=False),
        sa.Column("source_id", sa.Uuid, nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("referring_department", sa.String(40), index=True),
        sa.Column("concerned_department", sa.String(40)),
        sa.Column("status", sa.String(30), nullable=False, index=True),
        sa.Column("status_changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_date", sa.Date),
        sa.Column("rejection_reason", sa.Text),
        sa.Column("feedback_note", sa.Text),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("source", "source_id", name="uq_case_source"),
    )
    op.create_table(
        "case_escalations",
        sa.Column("case_id", sa.Uuid, sa.ForeignKey("cases.id"), primary_key=True),
        sa.Column("limit", sa.String(30), primary_key=True),
        sa.Column("due_date", sa.Date, nullable=False),
        sa.Column(
            "escalated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
    )
    op.create_table(
        "case_decisions",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("case_id", sa.Uuid, sa.ForeignKey("cases.id"), nullable=False, unique=True),
        sa.Column("facts", sa.Text, nullable=False),
        sa.Column("legal_basis", sa.Text, nullable=False),
        sa.Column("serious", sa.Boolean, nullable=False),
        sa.Column("decided_by", sa.String(40), nullable=False),
        sa.Column("decided_by_subject", sa.String(200), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "decision_persons",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column(
            "decision_id", sa.Uuid, sa.ForeignKey("case_decisions.id"), nullable=False, index=True
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("post", sa.String(100), nullable=False),
        sa.Column("unit", sa.String(200), nullable=False),
        sa.Column("level", sa.String(20), nullable=False),
        sa.Column("tier", sa.String(20), nullable=False),
        sa.Column("department_head", sa.Boolean, nullable=False),
        sa.Column("sanctions", sa.ARRAY(sa.String(40)), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("decision_persons")
    op.drop_table("case_decisions")
    op.drop_table("case_escalations")
    op.drop_table("cases")
