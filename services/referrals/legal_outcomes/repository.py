"""Queries on legal outcomes, their reviews and escalations."""

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.legal_outcomes.models import (
    LegalOutcome,
    ResponsibilityReview,
    ReviewEscalation,
)
from services.referrals.legal_outcomes.rules import ReviewStatus


async def add(session: AsyncSession, row: LegalOutcome | ResponsibilityReview) -> None:
    """Adds an outcome or a review and flushes it."""
    session.add(row)
    await session.flush()


async def get(session: AsyncSession, outcome_id: uuid.UUID) -> LegalOutcome | None:
    """Gets an outcome by id."""
    return await session.get(LegalOutcome, outcome_id)


async def by_case(session: AsyncSession, proceeding: str, case_number: str) -> LegalOutcome | None:
    """Gets the outcome recorded for a case of a proceeding."""
    query = select(LegalOutcome).where(
        LegalOutcome.proceeding == proceeding, LegalOutcome.case_number == case_number
    )
    return (await session.scalars(query)).first()


async def review_of(
    session: AsyncSession, outcome_id: uuid.UUID, lock: bool = False
) -> ResponsibilityReview | None:
    """Gets the review an outcome opened (locked for update when asked)."""
    query = select(ResponsibilityReview).where(ResponsibilityReview.outcome_id == outcome_id)
    if lock:
        query = query.with_for_update()
    return (await session.scalars(query)).first()


async def escalated(session: AsyncSession, review_id: uuid.UUID) -> bool:
    """Tells whether a review was escalated."""
    return await session.get(ReviewEscalation, review_id) is not None


async def overdue_candidates(session: AsyncSession, today: date) -> Sequence[ResponsibilityReview]:
    """Gets the open reviews past their deadline not escalated yet (locked, skip others')."""
    query = (
        select(ResponsibilityReview)
        .where(
            ResponsibilityReview.status == ReviewStatus.OPEN,
            ResponsibilityReview.due_date < today,
            ~exists().where(ReviewEscalation.review_id == ResponsibilityReview.id),
        )
        .order_by(ResponsibilityReview.due_date, ResponsibilityReview.id)
        .limit(500)
        .with_for_update(skip_locked=True)
    )
    return (await session.scalars(query)).all()
