"""Dependency aliases for what every route reads from its app: the clock and the settings.

Routes take `now: NowDep` instead of reading `request.app.state.clock`; each service's
`config.py` declares its own `SettingsDep` on `app_settings` with its settings class.
The dependencies are `async def` although they never await: FastAPI runs a plain `def`
dependency in its thread pool, a thread hop per request that costs more than the read.
"""

from datetime import datetime
from typing import Annotated, Any

from fastapi import Depends, Request

from shared.clock import Clock


async def app_clock(request: Request) -> Clock:
    """Gets the app's clock (settable in test environments)."""
    clock: Clock = request.app.state.clock
    return clock


async def app_now(request: Request) -> datetime:
    """Gets the current time on the app's clock."""
    clock: Clock = request.app.state.clock
    return clock.now()


async def app_settings(request: Request) -> Any:
    """Gets the app's settings (typed by each service's SettingsDep)."""
    return request.app.state.settings


ClockDep = Annotated[Clock, Depends(app_clock)]
NowDep = Annotated[datetime, Depends(app_now)]
