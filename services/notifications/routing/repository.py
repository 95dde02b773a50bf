"""Queries on admin copy rules."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.notifications.routing.models import AdminCopyRule


async def add(session: AsyncSession, rule: AdminCopyRule) -> AdminCopyRule:
    """Adds a rule."""
    session.add(rule)
    await session.flush()
    return rule


async def get(session: AsyncSession, rule_id: uuid.UUID) -> AdminCopyRule | None:
    """Gets a rule by id."""
    return await session.get(AdminCopyRule, rule_id)


async def all_rules(session: AsyncSession) -> Sequence[AdminCopyRule]:
    """Lists every admin rule, oldest first."""
    query = select(AdminCopyRule).order_by(AdminCopyRule.created_at, AdminCopyRule.id)
    return (await session.scalars(query)).all()


async def enabled_for(session: AsyncSession, event_types: set[str]) -> Sequence[AdminCopyRule]:
    """Lists the enabled rules of some event types, oldest first."""
    query = (
        select(AdminCopyRule)
        .where(AdminCopyRule.event_type.in_(event_types), AdminCopyRule.enabled.is_(True))
        .order_by(AdminCopyRule.created_at, AdminCopyRule.id)
    )
    return (await session.scalars(query)).all()
