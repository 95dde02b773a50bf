"""Queries of the Open311 endpoints: the departments one may complain about."""

from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.database import directory


class DepartmentName(NamedTuple):
    """An active department of the directory copy: its code and Chinese name."""

    code: str
    name_zh: str


async def active_departments(session: AsyncSession) -> list[DepartmentName]:
    """Gets the active departments of the directory copy, by code."""
    table = directory.table
    query = select(table.c.code, table.c.name_zh).where(table.c.active.is_(True))
    rows = await session.execute(query.order_by(table.c.code))
    return [DepartmentName(code, name) for code, name in rows.all()]
