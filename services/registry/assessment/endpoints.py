"""HTTP endpoints of the assessment (评估): scheme, scorecards, explanations, publication."""

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Response
from fastapi.responses import HTMLResponse

from services.registry.assessment import service
from services.registry.assessment.page import PAGE, PAGE_POLICY
from services.registry.assessment.schemas import (
    CommendationRead,
    DepartmentAssessment,
    IndicatorUpdate,
    PublicationRead,
    RebuildRead,
    SchemeRead,
    ScorecardRead,
    explained_read,
    scheme_read,
    scorecard_csv,
    scorecard_read,
)
from shared.access import PUBLIC, Listed, PathIs, any_of, authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.directory import FunctionalRole

router = APIRouter(prefix="/assessment", tags=["assessment"])
# Who reads the evaluation: the office that runs it, supervision, personnel (004 item 12).
READERS = (FunctionalRole.GOV_OFFICE, FunctionalRole.SUPERVISION, FunctionalRole.PERSONNEL)
Reader = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*READERS)))]
UnitReader = Annotated[
    Principal,
    Depends(authorize(Role.OFFICER, condition=any_of(has_role(*READERS), PathIs("code")))),
]
AnyListed = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=Listed()))]
Office = Annotated[
    Principal, Depends(authorize(Role.OFFICER, condition=has_role(FunctionalRole.GOV_OFFICE)))
]
OfficeAdmin = Annotated[
    Principal, Depends(authorize(Role.ADMIN, condition=has_role(FunctionalRole.GOV_OFFICE)))
]
Admin = Annotated[Principal, Depends(authorize(Role.ADMIN))]
Year = Annotated[int, Path(ge=2000, le=2100)]
QuarterQuery = Annotated[int | None, Query(ge=1, le=4, description="through this quarter")]
CSV: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {}}, "description": "JSON, or CSV with ?format=csv"}
}


@router.get("/page", response_class=HTMLResponse, dependencies=[Depends(PUBLIC)])
async def assessment_page() -> HTMLResponse:
    """The scorecard page with its charts; it holds no data.

    Callers: anyone may load the page; it asks for a token of GOV_OFFICE, SUPERVISION or
    PERSONNEL and reads `/assessment/{year}/scorecard` with it.
    """
    return HTMLResponse(
        PAGE, headers={"Content-Security-Policy": PAGE_POLICY, "Cache-Control": "no-store"}
    )


@router.get("/{year}/scheme", response_model=SchemeRead)
async def read_scheme(year: Year, session: SessionDep, principal: AnyListed) -> SchemeRead:
    """Gets a year's indicators (指标体系). Callers: any department."""
    rules = await service.scheme_of(session, year)
    return scheme_read(year, rules, await service.published(session, year))


@router.put("/{year}/scheme/{indicator}", response_model=SchemeRead)
async def update_indicator(
    year: Year,
    indicator: Annotated[str, Path(max_length=40)],
    body: IndicatorUpdate,
    now: NowDep,
    session: SessionDep,
    principal: OfficeAdmin,
) -> SchemeRead:
    """Changes an indicator of an open year; its entries are repriced (409 once published).

    Callers: administrators of GOV_OFFICE.
    """
    rules = await service.update_indicator(
        session, principal=principal, year=year, code=indicator, body=body, now=now
    )
    await session.commit()
    return scheme_read(year, rules, False)


@router.get("/{year}/scorecard", response_model=ScorecardRead, responses=CSV)
async def read_scorecard(
    year: Year,
    session: SessionDep,
    principal: Reader,
    quarter: QuarterQuery = None,
    format: Literal["json", "csv"] = "json",
) -> ScorecardRead | Response:
    """Every assessed unit's card, ranked in its kind, for the year or through a quarter.

    Callers: GOV_OFFICE, SUPERVISION, PERSONNEL. `?format=csv` answers text/csv.
    """
    cards = await service.cards(session, year=year, quarter=quarter)
    rules = await service.scheme_of(session, year)
    published = await service.published(session, year)
    read = scorecard_read(year, quarter, published, rules, cards)
    if format == "csv":
        return Response(
            scorecard_csv(read),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="assessment-{year}.csv"'},
        )
    return read


@router.get("/{year}/departments/{code}", response_model=DepartmentAssessment)
async def explain_department(
    year: Year,
    code: Annotated[str, Path(max_length=40)],
    session: SessionDep,
    principal: UnitReader,
    quarter: QuarterQuery = None,
) -> DepartmentAssessment:
    """A unit's card with every ledger line behind it (why it lost each point).

    Callers: GOV_OFFICE, SUPERVISION, PERSONNEL, and the unit itself.
    """
    card, lines = await service.card_of(session, year=year, code=code, quarter=quarter)
    tasks = await service.rectification_tasks(session, year=year, department=code)
    return explained_read(year, quarter, card, lines, tasks)


@router.post("/{year}/publish", response_model=PublicationRead)
async def publish_year(
    year: Year, now: NowDep, session: SessionDep, principal: Office
) -> PublicationRead:
    """Closes the year: scores final, scheme locked, advanced units proposed (409 if done).

    Callers: officers of GOV_OFFICE.
    """
    publication = await service.publish(session, principal=principal, year=year, now=now)
    commended = await service.commendations(session, year)
    await session.commit()
    return PublicationRead(
        year=publication.year,
        published_at=publication.published_at,
        published_by=publication.published_by,
        commended=[CommendationRead.model_validate(c) for c in commended],
    )


@router.get("/{year}/commendations", response_model=list[CommendationRead])
async def list_commendations(
    year: Year, session: SessionDep, principal: Reader
) -> list[CommendationRead]:
    """The units proposed as advanced units (先进单位) of a published year.

    Callers: GOV_OFFICE, SUPERVISION, PERSONNEL.
    """
    return [CommendationRead.model_validate(c) for c in await service.commendations(session, year)]


@router.post("/{year}/rebuild", response_model=RebuildRead)
async def rebuild_scores(year: Year, session: SessionDep, principal: Admin) -> RebuildRead:
    """Rebuilds a year's scores from its ledger. Callers: administrators."""
    entries = await service.rebuild(session, year)
    await session.commit()
    return RebuildRead(year=year, entries=entries)
