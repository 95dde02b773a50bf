"""The task table: work items, their tree, deadlines and status."""

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, mapped_column

from services.registry.database import Base
from services.registry.tasks.rules import OPEN, TaskKind

OPEN_SQL = "status IN ({})".format(", ".join(f"'{s}'" for s in sorted(OPEN)))


class Task(Base):
    """A responsibility task (责任任务), possibly a sub-task of another (R3)."""

    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_lead_status_deadline", "lead_unit", "status", "deadline"),
        Index("ix_tasks_co_units", "co_units", postgresql_using="gin"),
        Index("ix_tasks_created", "created_at", "id"),
        Index("ix_tasks_status_deadline", "status", "deadline"),
        Index("ix_tasks_kind_assigned", "kind", "assigned_on"),
        # The open tasks in list order (repository.page): the overdue and in-tray lists read
        # the open work, which stays small however long the history grows.
        Index(
            "ix_tasks_open_created",
            "created_at",
            "id",
            postgresql_where=text(OPEN_SQL),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tasks.id"), index=True)
    seed_key: Mapped[str | None] = mapped_column(String(40), unique=True)
    group_no: Mapped[int | None] = mapped_column(Integer)
    group_title: Mapped[str | None] = mapped_column(String(200))
    item_no: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), default=TaskKind.DUTY, server_default="duty")
    work_item: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(30))
    lead_unit: Mapped[str] = mapped_column(ForeignKey("departments.code"))
    co_units: Mapped[list[str]] = mapped_column(ARRAY(String(40)), default=list)
    post: Mapped[str | None] = mapped_column(String(100))
    responsible_text: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20))
    assigned_on: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date)
    deadline_working_days: Mapped[int | None] = mapped_column(Integer)
    deadline_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    # A recurring duty: each period is an occurrence (occurrences/), the deadline its latest.
    recurrence: Mapped[str | None] = mapped_column(String(20))
    due_rule: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    assigned_by: Mapped[str] = mapped_column(String(40))
    progress: Mapped[int] = mapped_column(Integer, default=0)
    urge_count: Mapped[int] = mapped_column(Integer, default=0)
    # R2: a leader matter's leader, post, instruction (批示) and its date; None for a duty.
    leader: Mapped[str | None] = mapped_column(String(100))
    leader_post: Mapped[str | None] = mapped_column(String(30))
    instruction: Mapped[str | None] = mapped_column(Text)
    instructed_on: Mapped[date | None] = mapped_column(Date)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    finished_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )
