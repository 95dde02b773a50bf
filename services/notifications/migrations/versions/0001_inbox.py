"""Inbox items, outbox, processed events, department copy.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

from shared.migrations import create_shared_tables, drop_shared_tables

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_shared_tables(op.get_bind())
    op.create_table(
        "inbox_items",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("department", sa.String(40), nullable=False),
        sa.Column("source_event_id", sa.Uuid, nullable=False),
        sa.Column("source_event_type", sa.String(200), nullable=False),
        sa.Column("source_service", sa.String(50), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("sender", sa.String(40)),
        sa.Column("rule", sa.String(50), nullable=False),
        sa.Column("data", JSONB, nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.Column("read_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("source_event_id", "department", name="uq_inbox_event_department"),
    )
    op.create_index(
        "ix_inbox_department_created", "inbox_items", ["department", "created_at", "id"]
    )


def downgrade() -> None:
    op.drop_table("inbox_items")
    drop_shared_tables(op.get_bind())
