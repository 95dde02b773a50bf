"""Quarterly accountability statistics (R14) in JSON or CSV."""

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response
from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.cases.models import AccountablePerson, Case, Decision
from services.referrals.cases.rules import CaseStatus
from services.referrals.database import directory
from services.referrals.statistics.rules import (
    CaseFact,
    DecisionFact,
    DirectoryEntry,
    quarter_bounds,
    summarize,
    to_csv_lines,
)
from shared.auth import Principal, Role, require_roles
from shared.db import SessionDep
from shared.directory import FunctionalRole
from shared.errors import Forbidden

router = APIRouter(prefix="/referral-statistics", tags=["statistics"])
Officer = Annotated[Principal, Depends(require_roles(Role.OFFICER))]
READERS = frozenset({FunctionalRole.SUPERVISION, FunctionalRole.GOV_OFFICE})
ENDED = frozenset({CaseStatus.CLOSED, CaseStatus.REJECTED})


class StatisticsRow(BaseModel):
    """One line: a dimension's value and its counts."""

    dimension: str
    key: str
    cases: int
    decisions: int
    persons: int


class QuarterSummary(BaseModel):
    """A quarter's cases (by opening) and decisions (by decision date)."""

    year: int
    quarter: int
    cases: int
    open_cases: int
    decisions: int
    sanctioned_persons: int
    rows: list[StatisticsRow]


async def _facts(
    session: AsyncSession, year: int, quarter: int
) -> tuple[list[CaseFact], list[DecisionFact]]:
    start, end = quarter_bounds(year, quarter)
    case_rows = await session.execute(
        select(Case.source, Case.concerned_department, Case.status).where(
            Case.opened_at >= start, Case.opened_at < end
        )
    )
    cases = [CaseFact(s, d, status not in ENDED) for s, d, status in case_rows.all()]
    person_rows = await session.execute(
        select(Decision.id, Case.concerned_department, AccountablePerson.sanctions)
        .join(Case, Case.id == Decision.case_id)
        .join(AccountablePerson, AccountablePerson.decision_id == Decision.id)
        .where(Decision.decided_at >= start, Decision.decided_at < end)
        .order_by(Decision.id, AccountablePerson.position)
    )
    grouped: dict[object, tuple[str | None, list[tuple[str, ...]]]] = {}
    for decision_id, department, sanctions in person_rows.all():
        grouped.setdefault(decision_id, (department, []))[1].append(tuple(sanctions))
    decisions = [DecisionFact(dep, tuple(forms)) for dep, forms in grouped.values()]
    return cases, decisions


@router.get("", response_model=QuarterSummary)
async def quarter_summary(
    session: SessionDep,
    principal: Officer,
    year: Annotated[int, Query(ge=2000, le=2100)],
    quarter: Annotated[int, Query(ge=1, le=4)],
    format: Literal["json", "csv"] = "json",
) -> QuarterSummary | Response:
    """Summarises a quarter by source, district, department and sanction (R14).

    Callers: officers of SUPERVISION and the government office it reports to.
    """
    department = await directory.get(session, principal.department)
    if department is None or department.role not in READERS:
        raise Forbidden("statistics are for supervision and the government office")
    entries = await session.execute(
        select(directory.table.c.code, directory.table.c.kind, directory.table.c.parent_code)
    )
    known = {code: DirectoryEntry(kind, parent) for code, kind, parent in entries.all()}
    cases, decisions = await _facts(session, year, quarter)
    rows = summarize(cases, decisions, known)
    if format == "csv":
        body = "\n".join(to_csv_lines(rows)) + "\n"
        filename = f"referrals-{year}-Q{quarter}.csv"
        return Response(
            body,
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )
    return QuarterSummary(
        year=year,
        quarter=quarter,
        cases=len(cases),
        open_cases=sum(c.open for c in cases),
        decisions=len(decisions),
        sanctioned_persons=sum(len(d.sanctions_per_person) for d in decisions),
        rows=[StatisticsRow(**vars(r)) for r in rows],
    )
