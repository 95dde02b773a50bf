"""Incidents on the clock: the on-site meeting recorded, initial decisions and the apology.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "incidents", sa.Column("kind", sa.String(20), nullable=False, server_default="accident")
    )
    op.alter_column("incidents", "on_site_meeting_at", nullable=True)
    op.alter_column("incidents", "initial_decision_due", nullable=True)
    op.add_column("incidents", sa.Column("initial_decision_case", sa.Uuid, nullable=True))
    op.add_column("incidents", sa.Column("apology_reason", sa.String(30), nullable=True))
    op.add_column("incidents", sa.Column("apology_finding", sa.Text, nullable=True))
    op.add_column(
        "incidents",
        sa.Column("apology_proposed_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.add_column("incidents", sa.Column("apology_case", sa.Uuid, nullable=True))


def downgrade() -> None:
    for column in (
        "apology_case",
        "apology_proposed_at",
        "apology_finding",
        "apology_reason",
        "initial_decision_case",
        "kind",
    ):
        op.drop_column("incidents", column)
    op.alter_column("incidents", "initial_decision_due", nullable=False)
    op.alter_column("incidents", "on_site_meeting_at", nullable=False)
