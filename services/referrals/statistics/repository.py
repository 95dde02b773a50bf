"""Queries the statistics read: the period's cases and decisions, open cases, the directory."""

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.cases.models import AccountablePerson, Case, Decision
from services.referrals.cases.rules import CaseStatus
from services.referrals.database import directory
from services.referrals.filings.models import FaultFiling
from services.referrals.statistics.rules import CaseFact, DecisionFact, DirectoryEntry, FilingFact

ENDED = (CaseStatus.CLOSED, CaseStatus.REJECTED)


async def facts(
    session: AsyncSession, start: datetime, end: datetime
) -> tuple[list[CaseFact], list[DecisionFact]]:
    """Gets the cases opened and the decisions taken in [start, end)."""
    case_rows = await session.execute(
        select(
            Case.source, Case.concerned_department, Case.status, Case.referring_department
        ).where(Case.opened_at >= start, Case.opened_at < end)
    )
    cases = [
        CaseFact(source, department, status not in ENDED, referring)
        for source, department, status, referring in case_rows.all()
    ]
    person_rows = await session.execute(
        select(
            Decision.id,
            Case.concerned_department,
            Case.referring_department,
            AccountablePerson.sanctions,
        )
        .join(Case, Case.id == Decision.case_id)
        .join(AccountablePerson, AccountablePerson.decision_id == Decision.id)
        .where(Decision.decided_at >= start, Decision.decided_at < end)
        .order_by(Decision.id, AccountablePerson.position)
    )
    grouped: dict[object, tuple[str | None, str | None, list[tuple[str, ...]]]] = {}
    for decision_id, department, referring, sanctions in person_rows.all():
        grouped.setdefault(decision_id, (department, referring, []))[2].append(tuple(sanctions))
    decisions = [
        DecisionFact(department, tuple(forms), referring)
        for department, referring, forms in grouped.values()
    ]
    return cases, decisions


async def filings(session: AsyncSession, start: datetime, end: datetime) -> list[FilingFact]:
    """Gets the fault-handling results filed in [start, end) (R14)."""
    rows = await session.execute(
        select(FaultFiling.filed_by, FaultFiling.persons).where(
            FaultFiling.filed_at >= start, FaultFiling.filed_at < end
        )
    )
    return [FilingFact(department, persons) for department, persons in rows.all()]


async def open_by_referrer(session: AsyncSession) -> dict[str, int]:
    """Counts the cases open now per referring department ("" for none)."""
    rows = await session.execute(
        select(Case.referring_department, func.count())
        .where(Case.status.not_in([str(s) for s in ENDED]))
        .group_by(Case.referring_department)
    )
    return {code or "": int(count) for code, count in rows.all()}


async def departments(session: AsyncSession) -> dict[str, DirectoryEntry]:
    """Gets every department's kind and parent from the directory copy."""
    table = directory.table
    rows = await session.execute(select(table.c.code, table.c.kind, table.c.parent_code))
    return {code: DirectoryEntry(kind, parent) for code, kind, parent in rows.all()}


async def roles(session: AsyncSession) -> dict[str, str | None]:
    """Gets every department's functional role from the directory copy."""
    table = directory.table
    rows = await session.execute(select(table.c.code, table.c.role))
    return {code: role for code, role in rows.all()}
