"""HTTP endpoints of a department's inbox: the live stream, listing, reading, acknowledging (签收).

The stream is declared first, so that `/inbox/stream` is not read as an item id.
"""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from sse_starlette import EventSourceResponse

from services.notifications.config import SettingsDep
from services.notifications.inbox import live, repository, service
from services.notifications.inbox.repository import InboxFilter
from services.notifications.inbox.schemas import Acknowledgement, InboxItemRead, UnreadCount
from shared.access import PathIs, authorize
from shared.auth import Principal, Role
from shared.db import SessionDep, SessionFactory
from shared.deps import NowDep
from shared.errors import invalid_field, ordered_range
from shared.pagination import Page, decode_cursor, encode_cursor
from shared.schemas import Instant

TAGS = {
    "inbox": "A department's inbox: the live stream (Server-Sent Events) of new items, "
    "listing, reading and acknowledging (签收)."
}
router = APIRouter(prefix="/departments/{department}/inbox", tags=["inbox"])
# A department sees only its own inbox.
Officer = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=PathIs("department")))]


async def inbox_listener(request: Request) -> live.InboxListener:
    """Gets the process's LISTEN connection that wakes the streams."""
    return live.listener_of(request.app)


ListenerDep = Annotated[live.InboxListener, Depends(inbox_listener)]


def _position(text: str | None) -> int | None:
    if text is None:
        return None
    if not text.isdigit() or len(text) > 18:
        raise invalid_field(
            "Last-Event-ID must be an event id this stream sent",
            "last-event-id",
            where="header",
            kind="int",
            msg="not an id",
        )
    return int(text)


@router.get(
    "/stream",
    response_class=EventSourceResponse,
    responses={200: {"content": {"text/event-stream": {"schema": {"type": "string"}}}}},
)
async def stream(
    department: str,
    request: Request,
    principal: Officer,
    settings: SettingsDep,
    listener: ListenerDep,
    last_event_id: Annotated[str | None, Header(max_length=20)] = None,
    after: Annotated[int | None, Query(ge=0, description="same as Last-Event-ID")] = None,
) -> EventSourceResponse:
    """Streams new items as SSE, resumable with Last-Event-ID, pinged when idle.

    Callers: its officers.
    """
    sessions: SessionFactory = request.app.state.sessions
    position = _position(last_event_id)
    if position is None:
        position = after
    if position is None:
        async with sessions() as session:
            position = await repository.last_seq(session, department)
    events = live.live_items(
        sessions,
        listener,
        department,
        after=position,
        refresh_s=settings.stream_refresh_interval_s,
    )
    return EventSourceResponse(
        events,
        ping=settings.stream_ping_interval_s,
        ping_message_factory=live.ping,
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@router.get("", response_model=Page[InboxItemRead])
async def list_inbox(
    department: str,
    session: SessionDep,
    principal: Officer,
    unread: bool | None = None,
    type: Annotated[str | None, Query(max_length=200, description="source event type")] = None,
    source: Annotated[str | None, Query(max_length=50, description="source service")] = None,
    since: Annotated[Instant | None, Query(description="delivered at or after")] = None,
    until: Annotated[Instant | None, Query(description="delivered before")] = None,
    awaiting_ack: bool | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[InboxItemRead]:
    """Lists a department's inbox, newest first, filtered. Callers: officers of that department."""
    ordered_range(since, until, "since", "until")
    after = decode_cursor(cursor) if cursor else None
    where = InboxFilter(unread, type, source, since, until, awaiting_ack)
    rows = await repository.page(
        session, department=department, limit=limit + 1, after=after, where=where
    )
    items = [InboxItemRead.model_validate(row) for row in rows[:limit]]
    more = len(rows) > limit
    next_cursor = encode_cursor(items[-1].created_at, items[-1].id) if more else None
    return Page[InboxItemRead](items=items, next_cursor=next_cursor)


@router.get("/unread-count", response_model=UnreadCount)
async def unread_count(department: str, session: SessionDep, principal: Officer) -> UnreadCount:
    """Counts a department's unread items. Callers: officers of that department."""
    return UnreadCount(
        department=department, unread=await repository.unread_count(session, department)
    )


@router.get("/{item_id}", response_model=InboxItemRead)
async def read_item(
    department: str, item_id: uuid.UUID, session: SessionDep, principal: Officer
) -> InboxItemRead:
    """Gets one item of a department's inbox. Callers: officers of that department."""
    item = await service.own_item(session, department, item_id)
    return InboxItemRead.model_validate(item)


@router.post("/{item_id}/read", response_model=InboxItemRead)
async def mark_read(
    department: str, item_id: uuid.UUID, session: SessionDep, principal: Officer, now: NowDep
) -> InboxItemRead:
    """Marks an item read. Callers: officers of that department."""
    item = await service.own_item(session, department, item_id)
    item = await service.mark_read(session, item, now)
    await session.commit()
    return InboxItemRead.model_validate(item)


@router.post("/{item_id}/acknowledgement", response_model=InboxItemRead)
async def acknowledge(
    department: str,
    item_id: uuid.UUID,
    body: Acknowledgement,
    session: SessionDep,
    principal: Officer,
    now: NowDep,
) -> InboxItemRead:
    """Acknowledges receipt (签收) by a named officer. Callers: officers of that department."""
    item = await service.own_item(session, department, item_id)
    item = await service.acknowledge(session, item=item, officer=body.officer_name, now=now)
    await session.commit()
    return InboxItemRead.model_validate(item)
