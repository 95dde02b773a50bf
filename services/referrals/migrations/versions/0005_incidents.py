"""Incidents, the officials of art. 13–16 with their proposed forms, review escalations.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("seq", sa.BigInteger, sa.Identity(), nullable=False, unique=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("severity", sa.String(30), nullable=False),
        sa.Column("district", sa.String(40)),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("on_site_meeting_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decider", sa.String(20), nullable=False),
        sa.Column("initial_decision_due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("department_head_involved", sa.Boolean, nullable=False),
        sa.Column("circulator", sa.String(20)),
        sa.Column("explanation_due", sa.Date),
        sa.Column("explained_at", sa.DateTime(timezone=True)),
        sa.Column("investigation_concluded_on", sa.Date),
        sa.Column("circulation_due", sa.Date),
        sa.Column("circulated_at", sa.DateTime(timezone=True)),
        sa.Column("registered_by", sa.String(40), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "incident_officials",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column(
            "incident_id", sa.Uuid, sa.ForeignKey("incidents.id"), nullable=False, index=True
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("post", sa.String(100), nullable=False),
        sa.Column("unit", sa.String(200), nullable=False),
        sa.Column("proposed_sanction", sa.String(40)),
    )
    op.create_table(
        "incident_escalations",
        sa.Column("incident_id", sa.Uuid, sa.ForeignKey("incidents.id"), primary_key=True),
        sa.Column("limit", sa.String(30), primary_key=True),
        sa.Column("due_date", sa.Date, nullable=False),
        sa.Column("escalated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("incident_escalations")
    op.drop_table("incident_officials")
    op.drop_table("incidents")
