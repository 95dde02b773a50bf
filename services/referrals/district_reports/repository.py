"""Queries on district reports and the missing ones."""

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.district_reports.models import DistrictReport, MissingReport


async def insert_once(session: AsyncSession, report: DistrictReport) -> bool:
    """Inserts a district's half-year report unless it was filed; tells whether it was new."""
    values = {c.name: getattr(report, c.name) for c in DistrictReport.__table__.columns}
    inserted = await session.execute(
        insert(DistrictReport)
        .values(**{k: v for k, v in values.items() if v is not None})
        .on_conflict_do_nothing(constraint="uq_district_report")
        .returning(DistrictReport.id)
    )
    return inserted.scalar_one_or_none() is not None


async def of_half(session: AsyncSession, year: int, half: int) -> Sequence[DistrictReport]:
    """Gets the reports filed for a half year."""
    query = select(DistrictReport).where(DistrictReport.year == year, DistrictReport.half == half)
    return (await session.scalars(query)).all()


async def missing(session: AsyncSession, year: int, half: int) -> set[str]:
    """Gets the districts flagged for a half year's missing report."""
    query = select(MissingReport.district).where(
        MissingReport.year == year, MissingReport.half == half
    )
    return set((await session.scalars(query)).all())
