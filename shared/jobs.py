"""Background jobs of a service: coroutines its lifespan starts and cancels."""

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from datetime import datetime
from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncSession

log = logging.getLogger(__name__)

# A job runs until cancelled; it reads what it needs from app.state (sessions, clock, settings).
Job = Callable[[FastAPI], Coroutine[Any, Any, None]]
Step = Callable[[AsyncSession, datetime], Awaitable[BaseModel]]


def every(name: str, interval_s: float, step: Step) -> Job:
    """Builds a job that runs `step` in its own transaction on the app's clock, then waits.

    A failed run is logged and retried at the next interval; the API keeps serving. Steps must
    be safe to run on several replicas at once (row locks, unique marks).
    """

    async def run(app: FastAPI) -> None:
        while True:
            try:
                async with app.state.sessions() as session, session.begin():
                    outcome = await step(session, app.state.clock.now())
                counts = outcome.model_dump(mode="json")
                if any(isinstance(v, int) and v for v in counts.values()):
                    log.info(f"{name} ran", extra={"job": name, **counts})
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning(f"{name} failed, will retry", extra={"job": name, "error": repr(exc)})
            await asyncio.sleep(interval_s)

    return run
