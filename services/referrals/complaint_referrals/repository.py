"""Queries on complaint referrals."""

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.complaint_referrals.models import ComplaintReferral


async def insert_once(session: AsyncSession, **values: Any) -> uuid.UUID | None:
    """Inserts a referral unless its complaint and trigger have one; gets the new id or None."""
    inserted = await session.execute(
        insert(ComplaintReferral)
        .values(id=uuid.uuid4(), **values)
        .on_conflict_do_nothing(constraint="uq_complaint_referral")
        .returning(ComplaintReferral.id)
    )
    return inserted.scalar_one_or_none()


async def page(
    session: AsyncSession, complaint_id: uuid.UUID | None
) -> Sequence[ComplaintReferral]:
    """Gets up to 500 referrals, oldest first, of one complaint when given."""
    query = select(ComplaintReferral).order_by(ComplaintReferral.opened_at, ComplaintReferral.id)
    if complaint_id is not None:
        query = query.where(ComplaintReferral.complaint_id == complaint_id)
    return (await session.scalars(query.limit(500))).all()


async def get(session: AsyncSession, referral_id: uuid.UUID) -> ComplaintReferral | None:
    """Gets a complaint referral by id."""
    return await session.get(ComplaintReferral, referral_id)
