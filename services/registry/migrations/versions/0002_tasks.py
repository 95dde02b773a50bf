"""Tasks, progress reports, urge notices, the operators' calendar.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _tasks() -> None:
    op.create_table(
        "tasks",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("parent_id", sa.Uuid, sa.ForeignKey("tasks.id"), index=True),
        sa.Column("seed_key", sa.String(40), unique=True),
        sa.Column("group_no", sa.Integer),
        sa.Column("group_title", sa.String(200)),
        sa.Column("item_no", sa.Integer),
        sa.Column("work_item", sa.String(200), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("source", sa.String(30), nullable=False),
        sa.Column("lead_unit", sa.String(40), sa.ForeignKey("departments.code"), nullable=False),
        sa.Column("co_units", ARRAY(sa.String(40)), nullable=False),
        sa.Column("post", sa.String(100)),
        sa.Column("responsible_text", sa.String(300)),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("assigned_on", sa.Date, nullable=False),
        sa.Column("deadline", sa.Date, nullable=False),
        sa.Column("deadline_working_days", sa.Integer),
        sa.Column("deadline_provisional", sa.Boolean, nullable=False),
        sa.Column("assigned_by", sa.String(40), nullable=False),
        sa.Column("progress", sa.Integer, nullable=False),
        sa.Column("urge_count", sa.Integer, nullable=False),
        sa.Column("cancel_reason", sa.Text),
        sa.Column("finished_on", sa.Date),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.CheckConstraint("progress BETWEEN 0 AND 100", name="ck_tasks_progress"),
        sa.CheckConstraint("parent_id IS NULL OR parent_id <> id", name="ck_tasks_not_own_parent"),
    )
    op.create_index("ix_tasks_lead_status_deadline", "tasks", ["lead_unit", "status", "deadline"])
    op.create_index("ix_tasks_co_units", "tasks", ["co_units"], postgresql_using="gin")
    op.create_index("ix_tasks_created", "tasks", ["created_at", "id"])
    op.create_index("ix_tasks_status_deadline", "tasks", ["status", "deadline"])


def upgrade() -> None:
    _tasks()
    op.create_table(
        "progress_reports",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("task_id", sa.Uuid, sa.ForeignKey("tasks.id"), nullable=False),
        sa.Column("year", sa.Integer, nullable=False),
        sa.Column("quarter", sa.Integer, nullable=False),
        sa.Column("department", sa.String(40), nullable=False),
        sa.Column("percent", sa.Integer, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("reported_on", sa.Date, nullable=False),
        sa.Column("late", sa.Boolean, nullable=False),
        sa.Column("reported_by_subject", sa.String(200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint(
            "task_id", "year", "quarter", "department", name="uq_progress_task_quarter_unit"
        ),
    )
    op.create_table(
        "urge_notices",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("task_id", sa.Uuid, sa.ForeignKey("tasks.id"), nullable=False),
        sa.Column("sequence", sa.Integer, nullable=False),
        sa.Column("new_deadline", sa.Date, nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("issued_by", sa.String(40), nullable=False),
        sa.Column("issued_by_subject", sa.String(200), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("task_id", "sequence", name="uq_urge_task_sequence"),
    )
    op.create_table(
        "calendar_days",
        sa.Column("day", sa.Date, primary_key=True),
        sa.Column("working", sa.Boolean, nullable=False),
        sa.Column("name", sa.String(50), nullable=False),
    )
    op.create_table("calendar_years", sa.Column("year", sa.Integer, primary_key=True))


def downgrade() -> None:
    for table in ("calendar_years", "calendar_days", "urge_notices", "progress_reports", "tasks"):
        op.drop_table(table)
