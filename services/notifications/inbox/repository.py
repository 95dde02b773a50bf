"""Queries on inbox items."""

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.notifications.inbox.models import InboxItem


async def add_once(session: AsyncSession, **values: Any) -> uuid.UUID | None:
    """Adds an item unless this event already reached this department; returns the new id."""
    item_id = uuid.uuid4()
    result = await session.execute(
        insert(InboxItem)
        .values(id=item_id, **values)
        .on_conflict_do_nothing(constraint="uq_inbox_event_department")
        .returning(InboxItem.id)
    )
    return result.scalar_one_or_none()


async def page(
    session: AsyncSession,
    department: str,
    limit: int,
    after: tuple[datetime, uuid.UUID] | None = None,
    unread: bool | None = None,
) -> Sequence[InboxItem]:
    """Lists a department's items, newest first, after a keyset position."""
    query = select(InboxItem).where(InboxItem.department == department)
    if unread is not None:
        query = query.where(
            InboxItem.read_at.is_(None) if unread else InboxItem.read_at.isnot(None)
        )
    if after is not None:
        query = query.where(tuple_(InboxItem.created_at, InboxItem.id) < tuple_(*after))
    query = query.order_by(InboxItem.created_at.desc(), InboxItem.id.desc()).limit(limit)
    return (await session.scalars(query)).all()
