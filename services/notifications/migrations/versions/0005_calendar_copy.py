"""The registry's calendar copied here, and deadlines flagged provisional in uncovered years.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

from shared.migrations import create_calendar_copy_tables, drop_calendar_copy_tables

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_calendar_copy_tables(op.get_bind())


def downgrade() -> None:
    drop_calendar_copy_tables(op.get_bind())
