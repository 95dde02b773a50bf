"""HTTP endpoints of the half-year checks and of the missing quarterly reports (R1)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from services.registry.checks import repository, service
from services.registry.checks.schemas import MissingReport, ProgressCheckCreate, ProgressCheckRead
from services.registry.departments import service as department_service
from services.registry.tasks.rules import OVERSEERS, sees_all
from shared.access import Listed, authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.idempotency import IdempotencyDep

router = APIRouter(tags=["progress"])
Overseer = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*OVERSEERS)))]
AnyListed = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=Listed()))]


@router.post(
    "/progress-checks", status_code=status.HTTP_201_CREATED, response_model=ProgressCheckRead
)
async def record_progress_check(
    body: ProgressCheckCreate,
    now: NowDep,
    session: SessionDep,
    principal: Overseer,
    response: Response,
    idempotency: IdempotencyDep,
) -> ProgressCheckRead:
    """Records a unit's half-year check, with findings per task; a unit with findings is told
    (R1). Callers: officers of GOV_OFFICE and SUPERVISION."""
    check = await service.record(session, principal=principal, body=body, now=now)
    read, location = ProgressCheckRead.model_validate(check), f"/progress-checks?year={check.year}"
    await idempotency.record(session, read, location=location)
    await session.commit()
    response.headers["Location"] = location
    return read


@router.get("/progress-checks", response_model=list[ProgressCheckRead])
async def list_progress_checks(
    session: SessionDep,
    principal: AnyListed,
    year: Annotated[int, Query(ge=2000, le=2100)],
    half: Annotated[int | None, Query(ge=1, le=2)] = None,
    department: Annotated[str | None, Query(max_length=40)] = None,
) -> list[ProgressCheckRead]:
    """Lists a year's half-year checks (R1).

    Callers: any officer; GOV_OFFICE and SUPERVISION see every unit's, a unit its own.
    """
    role = await department_service.caller_role(session, principal.department)
    if not sees_all(role):
        department = principal.department
    checks = await repository.listed(session, year=year, half=half, department=department)
    return [ProgressCheckRead.model_validate(c) for c in checks]


@router.get("/progress-reports/missing", response_model=list[MissingReport])
async def list_missing_reports(
    now: NowDep,
    session: SessionDep,
    _: Overseer,
    year: Annotated[int, Query(ge=2000, le=2100)],
    quarter: Annotated[int, Query(ge=1, le=4)],
    department: Annotated[str | None, Query(max_length=40)] = None,
) -> list[MissingReport]:
    """Lists a quarter's reports past due that no lead unit filed (R1); before the due day, 422.

    Callers: officers of GOV_OFFICE and SUPERVISION.
    """
    return await service.missing_reports(
        session, year=year, quarter=quarter, department=department, now=now
    )
