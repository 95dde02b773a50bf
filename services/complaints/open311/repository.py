"""Queries of the Open311 endpoints: departments, requests, their keys and tokens."""

import uuid
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.complaints.models import Complaint
from services.complaints.database import directory
from services.complaints.open311.models import ApiKey, FiledRequest


class DepartmentName(NamedTuple):
    """An active department of the directory copy: its code and Chinese name."""

    code: str
    name_zh: str


class Place(NamedTuple):
    """Where a fault happened, and a picture of it."""

    lat: float | None
    long: float | None
    address_string: str | None
    media_url: str | None


async def active_departments(session: AsyncSession) -> list[DepartmentName]:
    """Gets the active departments of the directory copy, by code."""
    table = directory.table
    query = select(table.c.code, table.c.name_zh).where(table.c.active.is_(True))
    rows = await session.execute(query.order_by(table.c.code))
    return [DepartmentName(code, name) for code, name in rows.all()]


async def add(session: AsyncSession, *rows: ApiKey | FiledRequest) -> None:
    """Adds rows and flushes them."""
    session.add_all(rows)
    await session.flush()


async def key_by_hash(session: AsyncSession, key_hash: str) -> ApiKey | None:
    """Gets the api key with this hash."""
    return (await session.scalars(select(ApiKey).where(ApiKey.key_hash == key_hash))).first()


async def key(session: AsyncSession, key_id: uuid.UUID, lock: bool = False) -> ApiKey | None:
    """Gets an api key by id (optionally locked for update)."""
    query = select(ApiKey).where(ApiKey.id == key_id)
    return (await session.scalars(query.with_for_update() if lock else query)).first()


async def keys(session: AsyncSession) -> Sequence[ApiKey]:
    """Gets every api key, newest first."""
    query = select(ApiKey).order_by(ApiKey.issued_at.desc(), ApiKey.id)
    return (await session.scalars(query)).all()


async def code_of_token(session: AsyncSession, token_hash: str) -> str | None:
    """Gets the tracking code of the request a token stands for."""
    query = (
        select(Complaint.tracking_code)
        .join(FiledRequest, FiledRequest.complaint_id == Complaint.id)
        .where(FiledRequest.token_hash == token_hash)
    )
    return (await session.scalars(query)).first()


async def recent(
    session: AsyncSession,
    *,
    start: datetime,
    end: datetime,
    categories: Collection[str],
    statuses: Collection[str],
    limit: int,
) -> Sequence[Complaint]:
    """Gets the complaints received in a range, newest first (all categories/statuses if empty)."""
    query = select(Complaint).where(Complaint.received_at >= start, Complaint.received_at <= end)
    if categories:
        query = query.where(Complaint.category.in_(categories))
    if statuses:
        query = query.where(Complaint.status.in_(statuses))
    query = query.order_by(Complaint.received_at.desc(), Complaint.id.desc()).limit(limit)
    return (await session.scalars(query)).all()
