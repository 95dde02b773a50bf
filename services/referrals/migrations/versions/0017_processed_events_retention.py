"""processed_events.processed_at indexed: the retention sweep deletes the oldest marks.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

from shared.migrations import create_processed_at_index, drop_processed_at_index

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_processed_at_index(op.get_bind())


def downgrade() -> None:
    drop_processed_at_index(op.get_bind())
