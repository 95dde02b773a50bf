"""HTTP endpoints of the operators' calendar and of the registry's timed jobs."""

from typing import Annotated

from fastapi import APIRouter, Depends

from services.registry.calendar import repository
from services.registry.calendar.schemas import CalendarDayRead, CalendarRead, CalendarUpdate
from services.registry.tasks import jobs as task_jobs
from services.registry.tasks.schemas import OverdueRun
from shared.access import authorize
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.workdays import CalendarDay

router = APIRouter(tags=["calendar and jobs"])
Anyone = Annotated[Principal, Depends(authorize())]
Admin = Annotated[Principal, Depends(authorize(Role.ADMIN))]


@router.get("/calendar", response_model=CalendarRead)
async def read_calendar(session: SessionDep, _: Anyone) -> CalendarRead:
    """Lists the days and years operators added to the package calendar. Callers: anyone."""
    days = await repository.list_days(session)
    return CalendarRead(
        days=[CalendarDayRead.model_validate(d) for d in days],
        years=list(await repository.list_years(session)),
    )


@router.post("/calendar", response_model=CalendarRead)
async def extend_calendar(body: CalendarUpdate, session: SessionDep, _: Admin) -> CalendarRead:
    """Adds holidays, adjusted working days and known years. Callers: administrators."""
    await repository.upsert_days(
        session, [CalendarDay(d.day, d.working, d.name) for d in body.days]
    )
    await repository.declare_years(session, body.years)
    await session.commit()
    return await read_calendar(session, _)


@router.post("/jobs/overdue", response_model=OverdueRun)
async def run_overdue_job(now: NowDep, session: SessionDep, _: Admin) -> OverdueRun:
    """Runs the overdue detection now, on the service's clock. Callers: administrators."""
    run = await task_jobs.task_deadlines(session, now)
    await session.commit()
    return run
