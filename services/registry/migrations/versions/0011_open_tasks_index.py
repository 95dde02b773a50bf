"""The open tasks in assignment order: the overdue and in-tray lists read it, not all history.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_tasks_open_created",
        "tasks",
        ["created_at", "id"],
        postgresql_where=sa.text("status IN ('assigned', 'in_progress', 'overdue')"),
    )


def downgrade() -> None:
    op.drop_index("ix_tasks_open_created", table_name="tasks")
