"""Statistics (R14), the half-year district report (R8), the joint-meeting pack (R7)."""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Response

from services.referrals.statistics import service
from services.referrals.statistics.rules import Row, to_csv_lines
from services.referrals.statistics.schemas import JointMeetingPack, Summary
from shared.access import authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.directory import FunctionalRole
from shared.workdays import half_year_bounds, quarter_bounds

router = APIRouter(prefix="/referral-statistics", tags=["statistics"])
READERS = frozenset({FunctionalRole.SUPERVISION, FunctionalRole.GOV_OFFICE})
Reader = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*READERS)))]
Year = Annotated[int, Query(ge=2000, le=2100)]
Format = Literal["json", "csv"]
# format=csv answers with the same figures as a CSV file.
CSV: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}}}}
}


def _csv(lines: list[str], filename: str) -> Response:
    return Response(
        "\n".join(lines) + "\n",
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


def _summary_csv(summary: Summary) -> Response:
    rows = [Row(**r.model_dump()) for r in summary.rows]
    suffix = f"-{summary.district}" if summary.district else ""
    return _csv(to_csv_lines(rows), f"referrals-{summary.period}{suffix}.csv")


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
    start, end = quarter_bounds(year, quarter)
    summary = await service.summary(session, period=f"{year}-Q{quarter}", start=start, end=end)
    return _summary_csv(summary) if format == "csv" else summary


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
    start, end = half_year_bounds(year, half)
    summary = await service.summary(
        session, period=f"{year}-H{half}", start=start, end=end, district=district
    )
    return _summary_csv(summary) if format == "csv" else summary


@router.get("/joint-meeting", response_model=JointMeetingPack, responses=CSV)
async def joint_meeting_pack(
    session: SessionDep,
    now: NowDep,
    _: Reader,
    year: Year,
    quarter: Annotated[int, Query(ge=1, le=4)],
    format: Format = "json",
) -> JointMeetingPack | Response:
    """The quarter's referrals, decisions and open cases per participant (R7).

    Callers: officers of SUPERVISION and the government office.
    """
    start, end = quarter_bounds(year, quarter)
    pack = await service.joint_meeting_pack(
        session, period=f"{year}-Q{quarter}", start=start, end=end, as_of=now
    )
    if format == "csv":
        lines = ["participant,referred,decided,open_cases"]
        lines += [
            f"{p.participant},{p.referred},{p.decided},{p.open_cases}" for p in pack.participants
        ]
        return _csv(lines, f"joint-meeting-{year}-Q{quarter}.csv")
    return pack
