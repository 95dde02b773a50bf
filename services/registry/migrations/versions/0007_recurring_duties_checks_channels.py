"""Recurring duties (occurrences), R1 half-year checks, R11 channel publications, R13 lateness
and reviews of white papers.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("tasks", sa.Column("recurrence", sa.String(20)))
    op.add_column("tasks", sa.Column("due_rule", JSONB))
    op.create_table(
        "task_occurrences",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("task_id", sa.Uuid, sa.ForeignKey("tasks.id"), nullable=False, index=True),
        sa.Column("period", sa.String(10), nullable=False),
        sa.Column("starts_on", sa.Date, nullable=False),
        sa.Column("ends_on", sa.Date, nullable=False),
        sa.Column("due", sa.Date, nullable=False, index=True),
        sa.Column("due_provisional", sa.Boolean, nullable=False),
        sa.Column("status", sa.String(20), nullable=False, index=True),
        sa.Column("progress", sa.Integer, nullable=False),
        sa.Column("finished_on", sa.Date),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("task_id", "period", name="uq_occurrence_period"),
    )
    op.create_table(
        "progress_checks",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("half", sa.Integer, nullable=False),
        sa.Column("department", sa.String(40), nullable=False, index=True),
        sa.Column("checked_by", sa.String(40), nullable=False),
        sa.Column("summary", sa.String(4000)),
        sa.Column("findings", JSONB, nullable=False),
        sa.Column("reporting", JSONB, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("year", "half", "department", name="uq_progress_check"),
    )
    op.create_table(
        "channel_publications",
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("quarter", sa.Integer, primary_key=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("channels", JSONB, nullable=False),
        sa.Column("missing", JSONB, nullable=False),
    )
    op.add_column(
        "white_papers", sa.Column("late", sa.Boolean, nullable=False, server_default=sa.false())
    )
    op.add_column("white_papers", sa.Column("review_outcome", sa.String(20)))
    op.add_column("white_papers", sa.Column("review_findings", sa.Text))
    op.add_column("white_papers", sa.Column("reviewed_by", sa.String(40)))
    op.add_column("white_papers", sa.Column("reviewed_at", sa.DateTime(timezone=True)))
    op.create_table(
        "white_paper_late_marks",
        sa.Column("department", sa.String(40), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("flagged_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("white_paper_late_marks")
    for column in ("reviewed_at", "reviewed_by", "review_findings", "review_outcome", "late"):
        op.drop_column("white_papers", column)
    op.drop_table("channel_publications")
    op.drop_table("progress_checks")
    op.drop_table("task_occurrences")
    op.drop_column("tasks", "due_rule")
    op.drop_column("tasks", "recurrence")
