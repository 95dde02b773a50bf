"""Queries on referral reports."""

import uuid
from datetime import datetime

from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.reports.models import ReferralReport
from shared import tail

TABLE: Table = ReferralReport.__table__  # type: ignore[assignment]


async def add(session: AsyncSession, report: ReferralReport, now: datetime) -> ReferralReport:
    """Inserts a report filed now (written once: the object stays out of the session).

    Staged: a request's session inserts it as it commits, in one statement with its case,
    its event and its audit entry (shared/tail.py).
    """
    report.id = report.id or uuid.uuid4()
    report.filed_at = now
    await tail.insert(session, TABLE, {c.key: getattr(report, c.key) for c in TABLE.columns})
    return report


async def get(session: AsyncSession, report_id: uuid.UUID) -> ReferralReport | None:
    """Gets a report by id."""
    return await session.get(ReferralReport, report_id)
