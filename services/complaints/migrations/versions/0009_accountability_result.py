"""The result of the case a complaint generated, fed back to the complaint (R5, R15).

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
    op.add_column("complaints", sa.Column("accountability_result", sa.Text, nullable=True))
    op.add_column(
        "complaints",
        sa.Column("accountability_reported_at", sa.DateTime(timezone=True), nullable=True),
    )


def downgrade() -> None:
    op.drop_column("complaints", "accountability_reported_at")
    op.drop_column("complaints", "accountability_result")
