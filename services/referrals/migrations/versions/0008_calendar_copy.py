"""The registry's calendar copied here, and deadlines flagged provisional in uncovered years.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from shared.migrations import create_calendar_copy_tables, drop_calendar_copy_tables

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_calendar_copy_tables(op.get_bind())
    op.add_column(
        "cases",
        sa.Column("due_date_provisional", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "incidents",
        sa.Column(
            "explanation_due_provisional", sa.Boolean, nullable=False, server_default=sa.false()
        ),
    )


def downgrade() -> None:
    op.drop_column("cases", "due_date_provisional")
    op.drop_column("incidents", "explanation_due_provisional")
    drop_calendar_copy_tables(op.get_bind())
