"""Queries on evidence files' metadata."""

import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.evidence.models import Evidence


async def add(session: AsyncSession, evidence: Evidence) -> Evidence:
    """Adds an evidence file's row and flushes it."""
    session.add(evidence)
    await session.flush()
    return evidence


async def get(session: AsyncSession, evidence_id: uuid.UUID) -> Evidence | None:
    """Gets an evidence file's row by id."""
    return await session.get(Evidence, evidence_id)


async def count(session: AsyncSession, complaint_id: uuid.UUID) -> int:
    """Counts a complaint's evidence files."""
    query = select(func.count()).select_from(Evidence).where(Evidence.complaint_id == complaint_id)
    return await session.scalar(query) or 0


async def of_complaint(session: AsyncSession, complaint_id: uuid.UUID) -> Sequence[Evidence]:
    """Gets a complaint's evidence files, oldest first."""
    query = select(Evidence).where(Evidence.complaint_id == complaint_id)
    return (await session.scalars(query.order_by(Evidence.uploaded_at))).all()
