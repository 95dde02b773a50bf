"""Joint meetings: one per quarter, its agenda (the quarter's pack) and minutes (R7).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "joint_meetings",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("quarter", sa.Integer, nullable=False),
        sa.Column("convened_by", sa.String(40), nullable=False),
        sa.Column("held_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("agenda", JSONB, nullable=False),
        sa.Column("minutes", sa.Text, nullable=True),
        sa.Column("minutes_issued_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("year", "quarter", name="uq_joint_meeting_quarter"),
    )


def downgrade() -> None:
    op.drop_table("joint_meetings")
