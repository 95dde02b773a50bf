"""Background jobs of notifications (webhook worker, acknowledgement timers) and their trigger."""

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Request
from sqlalchemy.ext.asyncio import AsyncSession

from services.notifications.config import NotificationsSettings
from services.notifications.inbox.timers import TimerRun, run_ack_timers
from services.notifications.webhooks.worker import WebhookWorker
from shared.access import authorize
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.jobs import Job, every
from shared.workdays import official_calendar

router = APIRouter(prefix="/admin/jobs", tags=["jobs"])
Admin = Annotated[Principal, Depends(authorize(Role.ADMIN, Role.OPERATOR))]


@router.post("/acknowledgement-timers", response_model=TimerRun)
async def run_timers(request: Request, session: SessionDep, _: Admin) -> TimerRun:
    """Runs the acknowledgement reminders and escalations now, on the app's clock.

    Callers: administrators and operators (the job also runs periodically by itself).
    """
    run = await run_ack_timers(
        session, request.app.state.clock.now(), official_calendar(), request.app.state.settings
    )
    await session.commit()
    return run


def background_jobs(settings: NotificationsSettings) -> list[Job]:
    """Gets the jobs the settings switch on: the webhook worker and the acknowledgement timers."""
    jobs: list[Job] = []
    if settings.webhook_worker_enabled:

        async def webhook_worker(app: FastAPI) -> None:
            await WebhookWorker(app.state.sessions, settings).run()

        jobs.append(webhook_worker)
    if settings.ack_timer_enabled:

        async def timers(session: AsyncSession, now: datetime) -> TimerRun:
            return await run_ack_timers(session, now, official_calendar(), settings)

        jobs.append(every("acknowledgement timers", settings.ack_timer_interval_s, timers))
    return jobs
