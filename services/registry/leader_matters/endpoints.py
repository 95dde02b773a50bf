"""HTTP endpoints of the quarterly circular on the mayor's matters (R2).

The matters themselves are tasks (`POST /tasks` with `kind=leader_matter`).
"""

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from services.registry.leader_matters import jobs, service
from services.registry.leader_matters.schemas import CircularRead, CircularRun
from shared.access import Listed, authorize
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep

router = APIRouter(tags=["leader matters"])
AnyListed = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=Listed()))]
Admin = Annotated[Principal, Depends(authorize(Role.ADMIN))]


@router.get("/leader-matters/circulars/{year}/{quarter}", response_model=CircularRead)
async def read_circular(
    year: Annotated[int, Path(ge=2000, le=2100)],
    quarter: Annotated[int, Path(ge=1, le=4)],
    session: SessionDep,
    _: AnyListed,
) -> CircularRead:
    """Gets a quarter's circular on the mayor's matters as issued (R2); 404 before it is.

    Callers: any officer (the circular is circulated inside government).
    """
    return await service.read(session, year, quarter)


@router.post("/jobs/leader-matter-circulars", response_model=CircularRun)
async def run_circular_job(now: NowDep, session: SessionDep, _: Admin) -> CircularRun:
    """Issues the last ended quarter's circular now, on the service's clock, unless issued.

    Callers: administrators.
    """
    run = await jobs.quarterly_circular(session, now)
    await session.commit()
    return run
