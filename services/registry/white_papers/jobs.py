"""The white papers' background step: a paper unpublished after February is flagged (R13)."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.database import outbox
from services.registry.departments import repository as departments_repository
from services.registry.events import WhitePaperOverdue
from services.registry.white_papers import repository
from services.registry.white_papers.models import WhitePaperLateMark
from services.registry.white_papers.rules import owes_a_paper, paper_due
from shared.marks import mark_once
from shared.workdays import local_date


async def flag_late_papers(session: AsyncSession, now: datetime) -> int:
    """Flags, once, every department with no published paper after this year's due day."""
    today = local_date(now)
    due = paper_due(today.year)
    if today <= due:
        return 0
    published = await repository.published_departments(session, today.year)
    flagged = 0
    for d in await departments_repository.list_all(session):
        if not owes_a_paper(d.kind, d.active) or d.code in published:
            continue
        if await mark_once(
            session, WhitePaperLateMark, department=d.code, year=today.year, flagged_at=now
        ):
            await outbox.add(
                session,
                WhitePaperOverdue(department=d.code, year=today.year, due=due),
                subject=f"{d.code}:{today.year}",
            )
            flagged += 1
    return flagged
