"""Fault filings: departments file their own fault-handling results with supervision (R14).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "fault_filings",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("seq", sa.BigInteger, sa.Identity(), nullable=False, unique=True),
        sa.Column("filed_by", sa.String(40), nullable=False, index=True),
        sa.Column("filed_by_subject", sa.String(200), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("fault", sa.Text, nullable=False),
        sa.Column("outcome", sa.Text, nullable=False),
        sa.Column("handled_on", sa.Date, nullable=False),
        sa.Column("persons", sa.Integer, nullable=False),
        sa.Column("sanctions", sa.ARRAY(sa.String(40)), nullable=False),
        sa.Column("filed_at", sa.DateTime(timezone=True), nullable=False, index=True),
    )


def downgrade() -> None:
    op.drop_table("fault_filings")
