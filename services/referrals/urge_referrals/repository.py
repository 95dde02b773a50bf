"""Queries on urge referrals."""

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.urge_referrals.models import UrgeReferral


async def insert_once(session: AsyncSession, **values: Any) -> uuid.UUID | None:
    """Inserts a referral unless its task has one; gets the new id or None."""
    inserted = await session.execute(
        insert(UrgeReferral)
        .values(id=uuid.uuid4(), **values)
        .on_conflict_do_nothing(index_elements=[UrgeReferral.task_id])
        .returning(UrgeReferral.id)
    )
    return inserted.scalar_one_or_none()


async def page(session: AsyncSession, task_id: uuid.UUID | None) -> Sequence[UrgeReferral]:
    """Gets up to 500 referrals, oldest first, of one task when given."""
    query = select(UrgeReferral).order_by(UrgeReferral.referred_at, UrgeReferral.id)
    if task_id is not None:
        query = query.where(UrgeReferral.task_id == task_id)
    return (await session.scalars(query.limit(500))).all()
