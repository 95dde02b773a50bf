"""Leader-assigned matters as tasks (kind, leader, post, instruction, its date) and the
quarterly circulars on the mayor's matters (R2).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("tasks", sa.Column("kind", sa.String(20), nullable=False, server_default="duty"))
    op.add_column("tasks", sa.Column("leader", sa.String(100)))
    op.add_column("tasks", sa.Column("leader_post", sa.String(30)))
    op.add_column("tasks", sa.Column("instruction", sa.Text))
    op.add_column("tasks", sa.Column("instructed_on", sa.Date))
    op.create_index("ix_tasks_kind_assigned", "tasks", ["kind", "assigned_on"])
    op.create_table(
        "leader_matter_circulars",
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("quarter", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("issued_by", sa.String(40), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done", sa.Integer, nullable=False),
        sa.Column("late", sa.Integer, nullable=False),
        sa.Column("open", sa.Integer, nullable=False),
        sa.Column("matters", JSONB, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("leader_matter_circulars")
    op.drop_index("ix_tasks_kind_assigned", "tasks")
    for column in ("instructed_on", "instruction", "leader_post", "leader", "kind"):
        op.drop_column("tasks", column)
