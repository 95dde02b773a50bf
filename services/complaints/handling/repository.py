"""Queries on the conversation of a complaint."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.handling.models import Message


async def add(session: AsyncSession, message: Message) -> Message:
    """Adds a message and flushes it."""
    session.add(message)
    await session.flush()
    return message


async def messages(session: AsyncSession, complaint_id: uuid.UUID) -> Sequence[Message]:
    """Gets a complaint's messages, oldest first."""
    query = select(Message).where(Message.complaint_id == complaint_id).order_by(Message.seq)
    return (await session.scalars(query)).all()
