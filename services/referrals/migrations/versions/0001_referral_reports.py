"""Referral reports, outbox, processed events, department copy.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from shared.migrations import create_shared_tables, drop_shared_tables

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_shared_tables(op.get_bind())
    op.create_table(
        "referral_reports",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("kind", sa.String(50), nullable=False),
        sa.Column("purpose", sa.String(20), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("filed_by", sa.String(40), nullable=False, index=True),
        sa.Column("filed_by_subject", sa.String(200), nullable=False),
        sa.Column("concerned_department", sa.String(40)),
        sa.Column(
            "filed_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
    )


def downgrade() -> None:
    op.drop_table("referral_reports")
    drop_shared_tables(op.get_bind())
