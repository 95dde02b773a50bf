"""Queries on referral reports."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.reports.models import ReferralReport


async def add(session: AsyncSession, report: ReferralReport) -> ReferralReport:
    """Adds a report and flushes it; the INSERT returns its server defaults (eager_defaults)."""
    session.add(report)
    await session.flush()
    return report


async def get(session: AsyncSession, report_id: uuid.UUID) -> ReferralReport | None:
    """Gets a report by id."""
    return await session.get(ReferralReport, report_id)
