"""HTTP endpoints of urge notices (催办通知书)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request, status

from services.registry.urges import service
from services.registry.urges.rules import refers_to_supervision
from services.registry.urges.schemas import UrgeNoticeCreate, UrgeNoticeRead
from shared.auth import Principal, Role, require_roles
from shared.db import SessionDep

router = APIRouter(prefix="/tasks/{task_id}/urge-notices", tags=["urge notices"])
Officer = Annotated[Principal, Depends(require_roles(Role.OFFICER))]


def _read(notice: object) -> UrgeNoticeRead:
    read = UrgeNoticeRead.model_validate(notice)
    return read.model_copy(update={"referred_to_supervision": refers_to_supervision(read.sequence)})


@router.post("", status_code=status.HTTP_201_CREATED, response_model=UrgeNoticeRead)
async def issue_urge_notice(
    task_id: uuid.UUID,
    body: UrgeNoticeCreate,
    request: Request,
    session: SessionDep,
    principal: Officer,
) -> UrgeNoticeRead:
    """Issues an urge notice on an overdue task (R4, R5). Callers: GOV_OFFICE."""
    notice = await service.issue(session, principal, task_id, body, request.app.state.clock.now())
    await session.commit()
    return _read(notice)


@router.get("", response_model=list[UrgeNoticeRead])
async def list_urge_notices(
    task_id: uuid.UUID, session: SessionDep, principal: Officer
) -> list[UrgeNoticeRead]:
    """Lists a task's urge notices. Callers: who may see the task."""
    return [_read(n) for n in await service.list_for_task(session, principal, task_id)]
