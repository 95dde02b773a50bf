"""Exactly-once marks: a reminder or an escalation is recorded before it is sent, once.

Every timer that acts "once when a limit passes" (complaint time limits, case and incident
deadlines, acknowledgement reminders) inserts a row keyed by what it acts on; the unique key
makes a second run, or a second replica racing the first, find the mark and do nothing.
"""

from typing import Any

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import DeclarativeBase


async def mark_once(session: AsyncSession, model: type[DeclarativeBase], **key: Any) -> bool:
    """Inserts a mark; False when it was already there (the action was already taken)."""
    primary = model.__table__.primary_key.columns  # type: ignore[attr-defined]
    result = await session.execute(
        insert(model).values(**key).on_conflict_do_nothing().returning(*primary)
    )
    return result.first() is not None
