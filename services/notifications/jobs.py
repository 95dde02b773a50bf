"""Background jobs of notifications (webhook worker, acknowledgement timers) and their trigger."""

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from functools import cache
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Request

from services.notifications.config import NotificationsSettings
from services.notifications.inbox.timers import TimerRun, run_ack_timers, run_timers_forever
from services.notifications.webhooks.worker import WebhookWorker
from shared.auth import Principal, Role, require_roles
from shared.db import SessionDep
from shared.workdays import WorkCalendar

log = logging.getLogger(__name__)
router = APIRouter(prefix="/admin/jobs", tags=["jobs"])
Admin = Annotated[Principal, Depends(require_roles(Role.ADMIN, Role.OPERATOR))]


@cache
def calendar() -> WorkCalendar:
    """Gets the PRC working-day calendar (built once)."""
    return WorkCalendar.official()


@router.post("/acknowledgement-timers", response_model=TimerRun)
async def run_timers(request: Request, session: SessionDep, _: Admin) -> TimerRun:
    """Runs the acknowledgement reminders and escalations now, on the app's clock.

    Callers: administrators and operators (the job also runs periodically by itself).
    """
    run = await run_ack_timers(
        session, request.app.state.clock.now(), calendar(), request.app.state.settings
    )
    await session.commit()
    return run


def with_background_jobs(app: FastAPI, settings: NotificationsSettings) -> FastAPI:
    """Runs the webhook worker and the timers beside the app's own lifespan tasks."""
    inner = app.router.lifespan_context

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with inner(app):
            tasks = []
            if settings.webhook_worker_enabled:
                tasks.append(asyncio.create_task(WebhookWorker(app.state.sessions, settings).run()))
            if settings.ack_timer_enabled:
                tasks.append(
                    asyncio.create_task(
                        run_timers_forever(
                            app.state.sessions, app.state.clock, calendar(), settings
                        )
                    )
                )
            log.info("notification jobs started", extra={"jobs": len(tasks)})
            try:
                yield
            finally:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)

    app.router.lifespan_context = lifespan
    return app
