"""HTTP endpoints of the operators' calendar and of the registry's timed jobs."""

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response

from services.registry.calendar import repository, service
from services.registry.calendar.schemas import (
    CalendarDayCorrection,
    CalendarDayRead,
    CalendarRead,
    CalendarUpdate,
)
from services.registry.tasks import jobs as task_jobs
from services.registry.tasks.schemas import OverdueRun
from shared.access import authorize
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.schemas import IsoDate
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
async def extend_calendar(
    body: CalendarUpdate, session: SessionDep, now: NowDep, principal: Admin
) -> CalendarRead:
    """Adds holidays, adjusted working days and known years. Callers: administrators.

    Every service applies the change to the deadlines it computes from then on.
    """
    days = [CalendarDay(d.day, d.working, d.name) for d in body.days]
    await service.set_days(session, principal=principal, now=now, days=days)
    await service.declare_years(session, principal=principal, now=now, years=body.years)
    await session.commit()
    return await read_calendar(session, principal)


@router.put("/calendar/days/{day}", response_model=CalendarDayRead)
async def correct_day(
    day: IsoDate, body: CalendarDayCorrection, session: SessionDep, now: NowDep, principal: Admin
) -> CalendarDayRead:
    """Enters or corrects one operator day. Callers: administrators."""
    days = [CalendarDay(day, body.working, body.name)]
    await service.set_days(session, principal=principal, now=now, days=days)
    await session.commit()
    return CalendarDayRead(day=day, working=body.working, name=body.name)


@router.delete("/calendar/days/{day}", status_code=204)
async def remove_day(day: IsoDate, session: SessionDep, now: NowDep, principal: Admin) -> Response:
    """Removes an operator day: the weekday rule (or the package) applies again.

    Callers: administrators. 404 unless an operator entered that day.
    """
    await service.remove_day(session, principal=principal, now=now, day=day)
    await session.commit()
    return Response(status_code=204)


@router.delete("/calendar/years/{year}", status_code=204)
async def withdraw_year(
    year: Annotated[int, Path(ge=2000, le=2100)],
    session: SessionDep,
    now: NowDep,
    principal: Admin,
) -> Response:
    """Withdraws a year's declaration: its deadlines are provisional again.

    Callers: administrators. 404 unless the year was declared.
    """
    await service.withdraw_year(session, principal=principal, now=now, year=year)
    await session.commit()
    return Response(status_code=204)


@router.post("/jobs/overdue", response_model=OverdueRun)
async def run_overdue_job(now: NowDep, session: SessionDep, _: Admin) -> OverdueRun:
    """Runs the overdue detection now, on the service's clock. Callers: administrators."""
    run = await task_jobs.task_deadlines(session, now)
    await session.commit()
    return run
