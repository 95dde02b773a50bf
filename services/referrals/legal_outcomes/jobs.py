"""The background step of responsibility reviews: a missed deadline escalates once (R16)."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.database import outbox
from services.referrals.events import ResponsibilityReviewOverdue
from services.referrals.legal_outcomes import repository
from services.referrals.legal_outcomes.models import ReviewEscalation
from services.referrals.legal_outcomes.schemas import ReviewDeadlineRun
from shared.marks import mark_once
from shared.workdays import local_date


async def review_deadlines(session: AsyncSession, now: datetime) -> ReviewDeadlineRun:
    """Escalates each open review past its deadline to supervision, once."""
    count = 0
    for review in await repository.overdue_candidates(session, local_date(now)):
        if not await mark_once(
            session,
            ReviewEscalation,
            review_id=review.id,
            due_date=review.due_date,
            escalated_at=now,
        ):
            continue
        outcome = await repository.get(session, review.outcome_id)
        assert outcome is not None  # a review's outcome is its foreign key
        count += 1
        await outbox.add(
            session,
            ResponsibilityReviewOverdue(
                outcome_id=review.outcome_id,
                review_id=review.id,
                department=review.department,
                act=outcome.act,
                due_date=review.due_date,
                due_date_provisional=review.due_date_provisional,
                escalated_at=now,
            ),
            subject=str(review.outcome_id),
        )
    return ReviewDeadlineRun(checked_at=now, review_escalations=count)
