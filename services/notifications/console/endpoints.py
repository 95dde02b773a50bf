"""HTTP endpoints of the operator console: the page (no data) and its data (operator role)."""

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from services.notifications.console.jobs import FlowWatcher
from services.notifications.console.page import PAGE
from services.notifications.console.schemas import FlowSnapshot, WaitingEvent
from shared.access import PUBLIC, authorize
from shared.auth import Principal, Role
from shared.consumer import WAITING
from shared.deps import NowDep

router = APIRouter(prefix="/operator", tags=["operator console"])
Operator = Annotated[Principal, Depends(authorize(Role.OPERATOR))]
# The page runs only its own inline script and talks only to this origin.
PAGE_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)


@router.get("", response_class=HTMLResponse, dependencies=[Depends(PUBLIC)])
async def console_page() -> HTMLResponse:
    """The operator console page: live event flow and consumer lag, read-only.

    Callers: anyone may load the page, which holds no data; it asks for an operator token and
    reads `/operator/flow` with it every second.
    """
    return HTMLResponse(
        PAGE, headers={"Content-Security-Policy": PAGE_POLICY, "Cache-Control": "no-store"}
    )


@router.get("/flow", response_model=FlowSnapshot)
async def read_flow(
    request: Request,
    _: Operator,
    now: NowDep,
    after: Annotated[int, Query(ge=0, description="Only events after this seq")] = 0,
) -> FlowSnapshot:
    """Gets the recent events of every topic (after `after`), each group's lag, what waits.

    Callers: operators (role `operator`).
    """
    waiting = waiting_events()
    watcher: FlowWatcher | None = getattr(request.app.state, "flow_watcher", None)
    if watcher is None:
        return FlowSnapshot.model_validate(
            {
                "at": now,
                "events": [],
                "lags": [],
                "topics": [],
                "waiting": waiting,
                "error": "the console watcher is not running (NOTIFICATIONS_CONSOLE_ENABLED)",
            }
        )
    return watcher.snapshot(after).model_copy(update={"waiting": waiting})


def waiting_events() -> list[WaitingEvent]:
    """Gets the events this process's consumers hold (e.g. for a department not copied yet)."""
    return [
        WaitingEvent(
            group=w.group,
            event_id=w.event_id,
            type=w.event_type,
            reason=w.reason,
            detail=w.detail,
            since=datetime.fromtimestamp(w.since, UTC),
            tries=w.tries,
        )
        for w in sorted(WAITING.values(), key=lambda w: w.since)
    ]
