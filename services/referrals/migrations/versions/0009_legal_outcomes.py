"""Legal outcomes against departments' acts, the responsibility reviews they open (R16).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "legal_outcomes",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("seq", sa.BigInteger, sa.Identity(), nullable=False, unique=True),
        sa.Column("proceeding", sa.String(20), nullable=False),
        sa.Column("case_number", sa.String(100), nullable=False),
        sa.Column("act", sa.String(500), nullable=False),
        sa.Column("department", sa.String(40), nullable=False, index=True),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("decided_on", sa.Date, nullable=False),
        sa.Column("recorded_by", sa.String(40), nullable=False),
        sa.Column("recorded_by_subject", sa.String(200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("proceeding", "case_number"),
    )
    op.create_table(
        "responsibility_reviews",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column(
            "outcome_id",
            sa.Uuid,
            sa.ForeignKey("legal_outcomes.id"),
            nullable=False,
            unique=True,
        ),
        sa.Column("department", sa.String(40), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("opened_on", sa.Date, nullable=False),
        sa.Column("due_date", sa.Date, nullable=False),
        sa.Column("due_date_provisional", sa.Boolean, nullable=False),
        sa.Column("finding", sa.String(20)),
        sa.Column("reasons", sa.Text),
        sa.Column("report_id", sa.Uuid),
        sa.Column("closed_by", sa.String(40)),
        sa.Column("closed_at", sa.DateTime(timezone=True)),
    )
    op.create_index(
        "ix_responsibility_reviews_status_due", "responsibility_reviews", ["status", "due_date"]
    )
    op.create_table(
        "responsibility_review_escalations",
        sa.Column(
            "review_id", sa.Uuid, sa.ForeignKey("responsibility_reviews.id"), primary_key=True
        ),
        sa.Column("due_date", sa.Date, nullable=False),
        sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("responsibility_review_escalations")
    op.drop_index("ix_responsibility_reviews_status_due", "responsibility_reviews")
    op.drop_table("responsibility_reviews")
    op.drop_table("legal_outcomes")
