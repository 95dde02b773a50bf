"""Summarising a period's cases and decisions (R14, R8) and the joint-meeting pack (R7)."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.statistics import repository
from services.referrals.statistics.rules import (
    PACK_DEFINITIONS,
    district_of,
    in_district,
    joint_meeting,
    summarize,
)
from services.referrals.statistics.schemas import (
    JointMeetingPack,
    ParticipantPart,
    StatisticsRow,
    Summary,
)
from shared.errors import invalid_field


async def summary(
    session: AsyncSession,
    *,
    period: str,
    start: datetime,
    end: datetime,
    district: str | None = None,
) -> Summary:
    """Counts the period's cases and decisions, of one district's departments when given."""
    cases, decisions = await repository.facts(session, start, end)
    filings = await repository.filings(session, start, end)
    known = await repository.departments(session)
    if district is not None:
        if district not in known:
            raise invalid_field(
                f"unknown district {district}",
                "district",
                where="query",
                kind="unknown",
                msg="unknown",
            )
        cases, decisions = in_district(cases, decisions, district, known)
        filings = [f for f in filings if district_of(f.department, known) == district]
    rows = summarize(cases, decisions, known, filings)
    return Summary(
        period=period,
        district=district,
        cases=len(cases),
        open_cases=sum(c.open for c in cases),
        decisions=len(decisions),
        sanctioned_persons=sum(len(d.sanctions_per_person) for d in decisions),
        filings=len(filings),
        rows=[StatisticsRow(**vars(r)) for r in rows],
    )


async def joint_meeting_pack(
    session: AsyncSession, *, period: str, start: datetime, end: datetime, as_of: datetime
) -> JointMeetingPack:
    """Sums the quarter's referrals, decisions and open cases per participant (R7)."""
    cases, decisions = await repository.facts(session, start, end)
    parts = joint_meeting(
        cases,
        decisions,
        await repository.open_by_referrer(session),
        await repository.roles(session),
    )
    return JointMeetingPack(
        period=period,
        as_of=as_of,
        definitions=PACK_DEFINITIONS,
        participants=[ParticipantPart(**vars(p)) for p in parts],
    )
