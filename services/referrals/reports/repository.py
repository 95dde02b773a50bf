"""Queries on referral reports."""

import uuid

from sqlalchemy import Table, insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.reports.models import ReferralReport

TABLE: Table = ReferralReport.__table__  # type: ignore[assignment]
# Built once: SQLAlchemy reuses its cache key and compiled form (the values are parameters).
INSERT = insert(TABLE).returning(TABLE.c.filed_at)


async def add(session: AsyncSession, report: ReferralReport) -> ReferralReport:
    """Inserts a report (written once: the object stays out of the session); sets filed_at.

    One Core INSERT returning the server default: no unit of work, no identity map.
    """
    report.id = report.id or uuid.uuid4()
    values = {c.key: getattr(report, c.key) for c in TABLE.columns if c.key != "filed_at"}
    report.filed_at = (await session.execute(INSERT, values)).scalar_one()
    return report


async def get(session: AsyncSession, report_id: uuid.UUID) -> ReferralReport | None:
    """Gets a report by id."""
    return await session.get(ReferralReport, report_id)
