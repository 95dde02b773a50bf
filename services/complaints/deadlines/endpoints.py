"""HTTP endpoint of the time limits: the administrators' trigger of the time-limit job."""

from typing import Annotated

from fastapi import APIRouter, Depends

from services.complaints.complaints import service as complaint_service
from services.complaints.config import SettingsDep
from services.complaints.deadlines.jobs import check_time_limits
from services.complaints.deadlines.schemas import DeadlineRun
from shared.access import authorize
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep

TAGS = {"administration": "Administrators' triggers of the background jobs."}
admin_router = APIRouter(prefix="/admin", tags=["administration"])
Admin = Annotated[Principal, Depends(authorize(Role.ADMIN))]


@admin_router.post(
    "/deadline-checks", response_model=DeadlineRun, responses=complaint_service.NO_SUPERVISION
)
async def run_deadline_check(
    session: SessionDep, settings: SettingsDep, now: NowDep, _: Admin
) -> DeadlineRun:
    """Runs the time-limit check now, on the service's clock. Callers: administrators."""
    run = await check_time_limits(session, now, settings)
    await session.commit()
    return run
