"""Complaint referrals: one per complaint and trigger (missed time limit, substantiated fault).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "complaint_referrals",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("complaint_id", sa.Uuid, nullable=False, index=True),
        sa.Column("trigger", sa.String(50), nullable=False),
        sa.Column("category", sa.String(50), nullable=False),
        sa.Column("concerned_department", sa.String(40), nullable=False, index=True),
        sa.Column("due_date", sa.Date),
        sa.Column("source_event_id", sa.Uuid, nullable=False),
        sa.Column(
            "opened_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.UniqueConstraint("complaint_id", "trigger", name="uq_complaint_referral"),
    )


def downgrade() -> None:
    op.drop_table("complaint_referrals")
