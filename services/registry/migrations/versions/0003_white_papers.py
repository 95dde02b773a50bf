"""White papers (R13).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "white_papers",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("department", sa.String(40), nullable=False, index=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("duties", sa.Text, nullable=False),
        sa.Column("goals", sa.Text, nullable=False),
        sa.Column("schedule", sa.Text, nullable=False),
        sa.Column("tasks", JSONB, nullable=False),
        sa.Column("previous_year", JSONB, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("department", "year", "version", name="uq_white_paper_version"),
    )


def downgrade() -> None:
    op.drop_table("white_papers")
