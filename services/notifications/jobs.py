"""Background jobs of notifications (webhook worker, acknowledgement timers) and their trigger.

Each aggregate keeps its steps in its own `jobs.py`; this is the one list of what runs.
"""

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy.ext.asyncio import AsyncSession

from services.notifications.config import NotificationsSettings, SettingsDep
from services.notifications.console.jobs import watch_flow
from services.notifications.database import calendar_copy
from services.notifications.inbox.jobs import run_ack_timers
from services.notifications.inbox.live import listen_for_items
from services.notifications.inbox.schemas import TimerRun
from services.notifications.webhooks.jobs import send_webhooks
from shared.access import authorize
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.jobs import Job, every

router = APIRouter(prefix="/admin/jobs", tags=["jobs"])
Admin = Annotated[Principal, Depends(authorize(Role.ADMIN, Role.OPERATOR))]


@router.post("/acknowledgement-timers", response_model=TimerRun)
async def run_timers(session: SessionDep, _: Admin, now: NowDep, settings: SettingsDep) -> TimerRun:
    """Runs the acknowledgement reminders and escalations now, on the app's clock.

    Callers: administrators and operators (the job also runs periodically by itself).
    """
    calendar = await calendar_copy.current(session)
    run = await run_ack_timers(session, now=now, calendar=calendar, settings=settings)
    await session.commit()
    return run


def background_jobs(settings: NotificationsSettings) -> list[Job]:
    """Gets the jobs: the streams' listener, then webhooks, timers, console as switched on."""
    jobs: list[Job] = [listen_for_items]
    if settings.webhook_worker_enabled:
        jobs.append(send_webhooks)
    if settings.ack_timer_enabled:

        async def acknowledgement_timers(session: AsyncSession, now: datetime) -> TimerRun:
            calendar = await calendar_copy.current(session)
            return await run_ack_timers(session, now=now, calendar=calendar, settings=settings)

        jobs.append(
            every("acknowledgement timers", settings.ack_timer_interval_s, acknowledgement_timers)
        )
    if settings.console_enabled:
        jobs.append(watch_flow)
    return jobs
