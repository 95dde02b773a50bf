"""The assessment (评估, R17): yearly schemes, the ledger, scores, rectifications, commendations;
white papers carry the previous year's scores.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "assessment_indicators",
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("points", sa.Integer, nullable=False),
        sa.Column("deduction", sa.Integer, nullable=False),
        sa.Column("threshold", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_table(
        "assessment_years",
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("published_at", TZ, nullable=False),
        sa.Column("published_by", sa.String(40), nullable=False),
    )
    op.create_table(
        "assessment_ledger",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("department", sa.String(40), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("quarter", sa.Integer, nullable=False),
        sa.Column("indicator", sa.String(40), nullable=False),
        sa.Column("points", sa.Integer, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("source_event_id", sa.Uuid, nullable=False),
        sa.Column("source_event_type", sa.String(200), nullable=False),
        sa.Column("source_type", sa.String(40), nullable=False),
        sa.Column("source_id", sa.String(100), nullable=False),
        sa.Column("recorded_at", TZ, nullable=False),
        sa.UniqueConstraint("source_event_id", "indicator", name="uq_assessment_ledger_source"),
    )
    op.create_index(
        "ix_assessment_ledger_year_department", "assessment_ledger", ["year", "department"]
    )
    op.create_table(
        "assessment_scores",
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("quarter", sa.Integer, primary_key=True),
        sa.Column("department", sa.String(40), primary_key=True),
        sa.Column("indicator", sa.String(40), primary_key=True),
        sa.Column("points", sa.Integer, nullable=False),
        sa.Column("entries", sa.Integer, nullable=False),
    )
    op.create_table(
        "assessment_rectifications",
        sa.Column("task_id", sa.Uuid, sa.ForeignKey("tasks.id"), primary_key=True),
        sa.Column("department", sa.String(40), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("indicator", sa.String(40), nullable=False),
        sa.Column("opened_at", TZ, nullable=False),
        sa.UniqueConstraint("department", "year", "indicator", name="uq_assessment_rectification"),
    )
    op.create_table(
        "assessment_commendations",
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("department", sa.String(40), primary_key=True),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("rank", sa.Integer, nullable=False),
        sa.Column("total", sa.Integer, nullable=False),
    )
    op.add_column("white_papers", sa.Column("previous_year_assessment", JSONB))


def downgrade() -> None:
    op.drop_column("white_papers", "previous_year_assessment")
    for table in (
        "assessment_commendations",
        "assessment_rectifications",
        "assessment_scores",
        "assessment_ledger",
        "assessment_years",
        "assessment_indicators",
    ):
        op.drop_table(table)
