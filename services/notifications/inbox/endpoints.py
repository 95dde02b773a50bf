"""HTTP endpoints of department inboxes."""

import uuid
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from services.notifications.inbox import repository, service
from services.notifications.inbox.repository import InboxFilter
from services.notifications.inbox.schemas import Acknowledgement, InboxItemRead, UnreadCount
from shared.access import PathIs, authorize
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.pagination import Page, decode_cursor, encode_cursor

router = APIRouter(prefix="/departments/{department}/inbox", tags=["inbox"])
# A department sees only its own inbox.
Officer = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=PathIs("department")))]


@router.get("", response_model=Page[InboxItemRead])
async def list_inbox(
    department: str,
    session: SessionDep,
    principal: Officer,
    unread: bool | None = None,
    type: Annotated[str | None, Query(max_length=200, description="source event type")] = None,
    source: Annotated[str | None, Query(max_length=50, description="source service")] = None,
    since: Annotated[datetime | None, Query(description="delivered at or after")] = None,
    until: Annotated[datetime | None, Query(description="delivered before")] = None,
    awaiting_ack: bool | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[InboxItemRead]:
    """Lists a department's inbox, newest first, filtered. Callers: officers of that department."""
    after = decode_cursor(cursor) if cursor else None
    where = InboxFilter(unread, type, source, since, until, awaiting_ack)
    rows = await repository.page(session, department, limit + 1, after, where)
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
    department: str, item_id: uuid.UUID, session: SessionDep, principal: Officer, request: Request
) -> InboxItemRead:
    """Marks an item read. Callers: officers of that department."""
    item = await service.own_item(session, department, item_id)
    item = await service.mark_read(session, item, request.app.state.clock.now())
    await session.commit()
    return InboxItemRead.model_validate(item)


@router.post("/{item_id}/acknowledgement", response_model=InboxItemRead)
async def acknowledge(
    department: str,
    item_id: uuid.UUID,
    body: Acknowledgement,
    session: SessionDep,
    principal: Officer,
    request: Request,
) -> InboxItemRead:
    """Acknowledges receipt (签收) by a named officer. Callers: officers of that department."""
    item = await service.own_item(session, department, item_id)
    item = await service.acknowledge(
        session, item, body.officer_name, request.app.state.clock.now()
    )
    await session.commit()
    return InboxItemRead.model_validate(item)
