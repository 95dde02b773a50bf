"""Urge referrals: one per task whose second urge notice arrived (R5).

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


def upgrade() -> None:
    op.create_table(
        "urge_referrals",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("task_id", sa.Uuid, nullable=False, unique=True),
        sa.Column("notice_id", sa.Uuid, nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("work_item", sa.String(200), nullable=False),
        sa.Column("lead_unit", sa.String(40), nullable=False, index=True),
        sa.Column("referred_by", sa.String(40), nullable=False),
        sa.Column("source_event_id", sa.Uuid, nullable=False),
        sa.Column(
            "referred_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
    )


def downgrade() -> None:
    op.drop_table("urge_referrals")
