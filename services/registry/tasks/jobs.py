"""The registry's timed job: overdue detection on the service's clock."""

import asyncio
import contextlib
import logging
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.tasks import repository
from services.registry.tasks.rules import TaskAction, local_date
from services.registry.tasks.schemas import OverdueRun
from services.registry.tasks.service import apply_transition
from shared.clock import Clock
from shared.db import SessionFactory

log = logging.getLogger(__name__)

JOB = "registry.overdue-job"
BATCH = 500


async def detect_overdue(session: AsyncSession, now: datetime) -> OverdueRun:
    """Marks every active task past its deadline as overdue, each with its event."""
    today, marked = local_date(now), 0
    while True:
        batch = await repository.overdue_candidates(session, today, BATCH)
        for task in batch:
            await apply_transition(session, task, TaskAction.MARK_OVERDUE, JOB, now, None)
        marked += len(batch)
        if len(batch) < BATCH:
            return OverdueRun(today=today, marked_overdue=marked)


async def run_every(
    sessions: SessionFactory, clock: Clock, interval_s: float, stop: asyncio.Event
) -> None:
    """Runs detect_overdue now and then every interval on the clock; replicas may overlap."""
    while not stop.is_set():
        try:
            async with sessions() as session, session.begin():
                run = await detect_overdue(session, clock.now())
            if run.marked_overdue:
                log.info(
                    "overdue job", extra={"marked": run.marked_overdue, "today": str(run.today)}
                )
        except Exception as exc:  # the next run retries; the API keeps serving
            log.warning("overdue job failed", extra={"error": repr(exc)})
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), interval_s)
