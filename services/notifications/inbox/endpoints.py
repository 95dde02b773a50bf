"""HTTP endpoints of department inboxes."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from services.notifications.inbox import repository
from services.notifications.inbox.schemas import InboxItemRead
from shared.auth import Principal, Role, require_roles
from shared.db import SessionDep
from shared.errors import Forbidden
from shared.pagination import Page, decode_cursor, encode_cursor

router = APIRouter(prefix="/departments/{department}/inbox", tags=["inbox"])
Officer = Annotated[Principal, Depends(require_roles(Role.OFFICER))]


@router.get("", response_model=Page[InboxItemRead])
async def list_inbox(
    department: str,
    session: SessionDep,
    principal: Officer,
    unread: bool | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[InboxItemRead]:
    """Lists a department's inbox, newest first. Callers: officers of that department only."""
    if principal.department != department:
        raise Forbidden("a department sees only its own inbox")
    after = decode_cursor(cursor) if cursor else None
    rows = await repository.page(session, department, limit + 1, after, unread)
    items = [InboxItemRead.model_validate(row) for row in rows[:limit]]
    more = len(rows) > limit
    next_cursor = encode_cursor(items[-1].created_at, items[-1].id) if more else None
    return Page[InboxItemRead](items=items, next_cursor=next_cursor)
