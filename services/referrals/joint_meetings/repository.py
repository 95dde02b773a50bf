"""Queries on joint meetings."""

import uuid
from typing import Any

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.joint_meetings.models import JointMeeting


async def insert_once(session: AsyncSession, **values: Any) -> uuid.UUID | None:
    """Inserts the quarter's meeting unless it was held; gets the new id or None."""
    inserted = await session.execute(
        insert(JointMeeting)
        .values(id=uuid.uuid4(), **values)
        .on_conflict_do_nothing(constraint="uq_joint_meeting_quarter")
        .returning(JointMeeting.id)
    )
    return inserted.scalar_one_or_none()


async def get(
    session: AsyncSession, meeting_id: uuid.UUID, lock: bool = False
) -> JointMeeting | None:
    """Gets a meeting by id (locked for update when asked)."""
    return await session.get(JointMeeting, meeting_id, with_for_update=lock or None)
