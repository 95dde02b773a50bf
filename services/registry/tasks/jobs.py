"""The registry's timed job: overdue detection on the service's clock."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.tasks import repository
from services.registry.tasks.rules import TaskAction
from services.registry.tasks.schemas import OverdueRun
from services.registry.tasks.service import apply_transition
from shared.workdays import local_date

JOB = "registry.overdue-job"
BATCH = 500


async def detect_overdue(session: AsyncSession, now: datetime) -> OverdueRun:
    """Marks every active task past its deadline as overdue, each with its event."""
    today, marked = local_date(now), 0
    while True:
        batch = await repository.overdue_candidates(session, today, BATCH)
        for task in batch:
            await apply_transition(session, task, TaskAction.MARK_OVERDUE, JOB, now, None)
        marked += len(batch)
        if len(batch) < BATCH:
            return OverdueRun(today=today, marked_overdue=marked)
