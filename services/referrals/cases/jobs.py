"""The background steps of cases: a missed time limit is escalated once to supervision."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.cases import repository
from services.referrals.cases.models import CaseEscalation
from services.referrals.cases.rules import RUNNING_LIMIT, CaseStatus, is_overdue
from services.referrals.cases.schemas import CaseDeadlineRun
from services.referrals.database import outbox
from services.referrals.events import CaseOverdue
from shared.marks import mark_once
from shared.workdays import local_date


async def case_deadlines(session: AsyncSession, now: datetime) -> CaseDeadlineRun:
    """Escalates each case whose running limit has passed, once per limit (R15)."""
    statuses = [str(s) for s in RUNNING_LIMIT]
    count = 0
    for case in await repository.overdue_candidates(session, statuses, local_date(now)):
        limit = RUNNING_LIMIT[CaseStatus(case.status)]
        if case.due_date is None or not is_overdue(case.due_date, now):
            continue
        if not await mark_once(
            session,
            CaseEscalation,
            case_id=case.id,
            limit=limit,
            due_date=case.due_date,
            escalated_at=now,
        ):
            continue
        count += 1
        await outbox.add(
            session,
            CaseOverdue(
                case_id=case.id,
                title=case.title,
                limit=limit,
                status=case.status,
                due_date=case.due_date,
                due_date_provisional=case.due_date_provisional,
                escalated_at=now,
            ),
            subject=str(case.id),
        )
    return CaseDeadlineRun(checked_at=now, case_escalations=count)
