"""The period-duties job: each period's occurrences, the R11 channel list, late white papers."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.calendar import repository as calendar_repository
from services.registry.channels import jobs as channel_jobs
from services.registry.occurrences import repository, service
from services.registry.occurrences.rules import OccurrenceAction
from services.registry.occurrences.schemas import OccurrenceRun
from services.registry.tasks import repository as tasks_repository
from services.registry.white_papers import jobs as white_paper_jobs
from shared.workdays import local_date

BATCH = 500


async def period_duties(session: AsyncSession, now: datetime) -> OccurrenceRun:
    """Opens the periods that began, marks the ones past due, publishes and flags (R11, R13)."""
    today, opened, overdue = local_date(now), 0, 0
    calendar = await calendar_repository.work_calendar(session)
    for task in await repository.recurring_tasks(session):
        opened += await service.open_periods(
            session, task=task, today=today, calendar=calendar, now=now
        )
    while True:
        batch = await repository.overdue_candidates(session, today, BATCH)
        for occurrence in batch:
            owner = await tasks_repository.get(session, occurrence.task_id)
            assert owner is not None  # an occurrence's task is never deleted (foreign key)
            await service.apply(
                session,
                task=owner,
                occurrence=occurrence,
                action=OccurrenceAction.MARK_OVERDUE,
                by=service.JOB,
                now=now,
            )
        overdue += len(batch)
        if len(batch) < BATCH:
            break
    return OccurrenceRun(
        today=today,
        occurrences_opened=opened,
        occurrences_overdue=overdue,
        channel_publication=await channel_jobs.publish_channels(session, now),
        white_papers_late=await white_paper_jobs.flag_late_papers(session, now),
    )
