"""The background steps of tasks: overdue detection on the service's clock."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.tasks import repository
from services.registry.tasks import service as task_service
from services.registry.tasks.rules import TaskAction
from services.registry.tasks.schemas import OverdueRun
from shared.workdays import local_date

JOB = "registry.overdue-job"
BATCH = 500


async def task_deadlines(session: AsyncSession, now: datetime) -> OverdueRun:
    """Marks every active task past its deadline as overdue, each with its event."""
    today, marked = local_date(now), 0
    while True:
        batch = await repository.overdue_candidates(session, today, BATCH)
        for task in batch:
            await task_service.apply_transition(
                session, task=task, action=TaskAction.MARK_OVERDUE, by=JOB, now=now, reason=None
            )
        marked += len(batch)
        if len(batch) < BATCH:
            return OverdueRun(today=today, marked_overdue=marked)
