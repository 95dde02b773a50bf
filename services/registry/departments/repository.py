"""Queries on departments."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.departments.models import Department


async def get(session: AsyncSession, code: str) -> Department | None:
    """Gets a department by code."""
    return await session.get(Department, code)


async def list_all(
    session: AsyncSession, role: str | None = None, kind: str | None = None
) -> Sequence[Department]:
    """Lists departments by code, optionally of one role or kind."""
    query = select(Department).order_by(Department.code)
    if role:
        query = query.where(Department.role == role)
    if kind:
        query = query.where(Department.kind == kind)
    return (await session.scalars(query)).all()


async def add(session: AsyncSession, department: Department) -> Department:
    """Adds a department."""
    session.add(department)
    await session.flush()
    return department
