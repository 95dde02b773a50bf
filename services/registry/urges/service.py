"""Issuing and listing urge notices (R4, R5)."""

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.database import outbox
from services.registry.events import UrgeNoticeIssued
from services.registry.tasks import repository as tasks_repository
from services.registry.tasks import service as task_service
from services.registry.tasks.rules import TaskStatus
from services.registry.urges import repository
from services.registry.urges.models import UrgeNotice
from services.registry.urges.rules import may_be_urged, refers_to_supervision, valid_new_deadline
from services.registry.urges.schemas import UrgeNoticeCreate
from shared.auth import Principal
from shared.errors import Conflict, NotFound, invalid_field
from shared.workdays import local_date


async def issue(
    session: AsyncSession,
    *,
    principal: Principal,
    task_id: uuid.UUID,
    body: UrgeNoticeCreate,
    now: datetime,
) -> UrgeNotice:
    """Issues the next urge notice on an overdue task; copied to SUPERVISION (R4)."""
    task = await tasks_repository.get(
        session, task_id, lock=True
    )  # the lock numbers notices in order
    if task is None:
        raise NotFound(f"no task {task_id}")
    if not may_be_urged(TaskStatus(task.status)):
        raise Conflict(f"the task is {task.status}; urge notices are for overdue tasks")
    if not valid_new_deadline(body.new_deadline, local_date(now)):
        raise invalid_field("the new deadline must be after today", "new_deadline", kind="date")
    task.urge_count += 1
    notice = await repository.add(
        session,
        UrgeNotice(
            id=uuid.uuid4(),
            task_id=task.id,
            sequence=task.urge_count,
            new_deadline=body.new_deadline,
            content=body.content,
            issued_by=principal.department,
            issued_by_subject=principal.subject,
            issued_at=now,
        ),
    )
    await outbox.add(
        session,
        UrgeNoticeIssued(
            task_id=task.id,
            notice_id=notice.id,
            sequence=notice.sequence,
            refers_to_supervision=refers_to_supervision(notice.sequence),
            new_deadline=notice.new_deadline,
            work_item=task.work_item,
            lead_unit=task.lead_unit,
            issued_by=notice.issued_by,
            co_units=list(task.co_units),
        ),
        subject=str(task.id),
    )
    return notice


async def list_for_task(
    session: AsyncSession, principal: Principal, task_id: uuid.UUID
) -> Sequence[UrgeNotice]:
    """Lists a task's urge notices in order. Who may see the task may see them."""
    await task_service.visible_task(session, principal, task_id)
    return await repository.of_task(session, task_id)
