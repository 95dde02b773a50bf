"""Complaint steps keep their insertion order (steps of one transaction share a time).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "complaint_steps",
        sa.Column("seq", sa.BigInteger, sa.Identity(), nullable=False, unique=True),
    )


def downgrade() -> None:
    op.drop_column("complaint_steps", "seq")
