"""Statistics (R14), the half-year district report (R8), the joint-meeting pack (R7)."""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Response
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.statistics import repository
from services.referrals.statistics.rules import (
    CaseFact,
    DecisionFact,
    half_year_bounds,
    in_district,
    joint_meeting,
    quarter_bounds,
    summarize,
    to_csv_lines,
)
from shared.access import authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.directory import FunctionalRole
from shared.errors import InvalidInput

router = APIRouter(prefix="/referral-statistics", tags=["statistics"])
READERS = frozenset({FunctionalRole.SUPERVISION, FunctionalRole.GOV_OFFICE})
Reader = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*READERS)))]
Year = Annotated[int, Query(ge=2000, le=2100)]
Format = Literal["json", "csv"]
# format=csv answers with the same figures as a CSV file.
CSV: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}}}}
}


class StatisticsRow(BaseModel):
    """One line: a dimension's value and its counts."""

    dimension: str
    key: str
    cases: int
    decisions: int
    persons: int


class Summary(BaseModel):
    """A period's cases (by opening) and decisions (by decision date)."""

    period: str
    district: str | None = None
    cases: int
    open_cases: int
    decisions: int
    sanctioned_persons: int
    rows: list[StatisticsRow]


class ParticipantPart(BaseModel):
    """A joint-meeting participant's part of the quarter."""

    participant: str
    referred: int
    decided: int
    open_cases: int


class JointMeetingPack(BaseModel):
    """The quarter's referrals, decisions and open cases per participant (R7)."""

    period: str
    participants: list[ParticipantPart]


def _csv(lines: list[str], filename: str) -> Response:
    return Response(
        "\n".join(lines) + "\n",
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


async def _summary(
    session: AsyncSession,
    period: str,
    cases: list[CaseFact],
    decisions: list[DecisionFact],
    district: str | None,
    format: Format,
) -> Summary | Response:
    known = await repository.departments(session)
    if district is not None:
        if district not in known:
            raise InvalidInput(
                f"unknown district {district}",
                errors=[{"loc": ["query", "district"], "msg": "unknown", "type": "unknown"}],
            )
        cases, decisions = in_district(cases, decisions, district, known)
    rows = summarize(cases, decisions, known)
    if format == "csv":
        return _csv(
            to_csv_lines(rows), f"referrals-{period}{'-' + district if district else ''}.csv"
        )
    return Summary(
        period=period,
        district=district,
        cases=len(cases),
        open_cases=sum(c.open for c in cases),
        decisions=len(decisions),
        sanctioned_persons=sum(len(d.sanctions_per_person) for d in decisions),
        rows=[StatisticsRow(**vars(r)) for r in rows],
    )


@router.get("", response_model=Summary, responses=CSV)
async def quarter_summary(
    session: SessionDep,
    _: Reader,
    year: Year,
    quarter: Annotated[int, Query(ge=1, le=4)],
    format: Format = "json",
) -> Summary | Response:
    """Summarises a quarter by source, district, department and sanction (R14).

    Callers: officers of SUPERVISION and the government office it reports to.
    """
    cases, decisions = await repository.facts(session, *quarter_bounds(year, quarter))
    return await _summary(session, f"{year}-Q{quarter}", cases, decisions, None, format)


@router.get("/half-year", response_model=Summary, responses=CSV)
async def district_report(
    session: SessionDep,
    _: Reader,
    year: Year,
    half: Annotated[int, Query(ge=1, le=2)],
    district: str,
    format: Format = "json",
) -> Summary | Response:
    """The half-year report of a district's accountability work (R8).

    Callers: officers of SUPERVISION and the government office.
    """
    cases, decisions = await repository.facts(session, *half_year_bounds(year, half))
    return await _summary(session, f"{year}-H{half}", cases, decisions, district, format)


@router.get("/joint-meeting", response_model=JointMeetingPack, responses=CSV)
async def joint_meeting_pack(
    session: SessionDep,
    _: Reader,
    year: Year,
    quarter: Annotated[int, Query(ge=1, le=4)],
    format: Format = "json",
) -> JointMeetingPack | Response:
    """The quarter's referrals, decisions and open cases per participant (R7).

    Callers: officers of SUPERVISION and the government office.
    """
    cases, decisions = await repository.facts(session, *quarter_bounds(year, quarter))
    parts = joint_meeting(
        cases,
        decisions,
        await repository.open_by_referrer(session),
        await repository.roles(session),
    )
    if format == "csv":
        lines = ["participant,referred,decided,open_cases"]
        lines += [f"{p.participant},{p.referred},{p.decided},{p.open_cases}" for p in parts]
        return _csv(lines, f"joint-meeting-{year}-Q{quarter}.csv")
    return JointMeetingPack(
        period=f"{year}-Q{quarter}", participants=[ParticipantPart(**vars(p)) for p in parts]
    )
