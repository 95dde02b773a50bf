"""The live stream (Server-Sent Events) of a department's new inbox items."""

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import StreamingResponse

from services.notifications.inbox import repository
from services.notifications.inbox.schemas import InboxItemRead
from shared.access import PathIs, authorize
from shared.auth import Principal, Role
from shared.db import SessionFactory
from shared.errors import InvalidInput

router = APIRouter(prefix="/departments/{department}/inbox", tags=["inbox"])
Officer = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=PathIs("department")))]
KEEPALIVE_S = 15.0


def sse_event(item: InboxItemRead) -> str:
    """Renders an item as one SSE event whose id is its stream position."""
    data = json.dumps(item.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
    return f"id: {item.seq}\nevent: inbox.item\ndata: {data}\n\n"


def _position(text: str | None) -> int | None:
    if text is None:
        return None
    if not text.isdigit() or len(text) > 18:
        raise InvalidInput(
            "Last-Event-ID must be an event id this stream sent",
            errors=[{"loc": ["header", "last-event-id"], "msg": "not an id", "type": "int"}],
        )
    return int(text)


async def _events(
    request: Request, sessions: SessionFactory, department: str, position: int
) -> AsyncIterator[str]:
    interval = request.app.state.settings.stream_poll_interval_s
    idle = 0.0
    yield "retry: 2000\n\n"
    while not await request.is_disconnected():
        async with sessions() as session:
            rows = await repository.after_seq(session, department, position, 100)
        for row in rows:
            item = InboxItemRead.model_validate(row)
            position = item.seq
            yield sse_event(item)
        if rows:
            idle = 0.0
            continue
        idle += interval
        if idle >= KEEPALIVE_S:
            idle = 0.0
            yield ": keepalive\n\n"
        await asyncio.sleep(interval)


@router.get(
    "/stream",
    response_class=StreamingResponse,
    responses={200: {"content": {"text/event-stream": {"schema": {"type": "string"}}}}},
)
async def stream(
    department: str,
    request: Request,
    principal: Officer,
    last_event_id: Annotated[str | None, Header(max_length=20)] = None,
    after: Annotated[int | None, Query(ge=0, description="same as Last-Event-ID")] = None,
) -> StreamingResponse:
    """Streams new items as SSE, resumable with Last-Event-ID. Callers: its officers."""
    sessions: SessionFactory = request.app.state.sessions
    position = _position(last_event_id)
    if position is None:
        position = after
    if position is None:
        async with sessions() as session:
            position = await repository.last_seq(session, department)
    return StreamingResponse(
        _events(request, sessions, department, position),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
