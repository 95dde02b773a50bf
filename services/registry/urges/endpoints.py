"""HTTP endpoints of urge notices (催办通知书)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, status

from services.registry.tasks.endpoints import TaskReader
from services.registry.urges import service
from services.registry.urges.rules import ISSUERS, refers_to_supervision
from services.registry.urges.schemas import UrgeNoticeCreate, UrgeNoticeRead
from shared.access import authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.idempotency import IdempotencyDep

router = APIRouter(prefix="/tasks/{task_id}/urge-notices", tags=["urge notices"])
# The government office's supervision issues urge notices (R4, R5).
Issuer = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*ISSUERS)))]


def _read(notice: object) -> UrgeNoticeRead:
    read = UrgeNoticeRead.model_validate(notice)
    return read.model_copy(update={"referred_to_supervision": refers_to_supervision(read.sequence)})


@router.post("", status_code=status.HTTP_201_CREATED, response_model=UrgeNoticeRead)
async def issue_urge_notice(
    task_id: uuid.UUID,
    body: UrgeNoticeCreate,
    now: NowDep,
    session: SessionDep,
    principal: Issuer,
    idempotency: IdempotencyDep,
) -> UrgeNoticeRead:
    """Issues an urge notice on an overdue task (R4, R5). Callers: GOV_OFFICE."""
    notice = _read(
        await service.issue(session, principal=principal, task_id=task_id, body=body, now=now)
    )
    await idempotency.record(session, notice)
    await session.commit()
    return notice


@router.get("", response_model=list[UrgeNoticeRead])
async def list_urge_notices(
    task_id: uuid.UUID, session: SessionDep, principal: TaskReader
) -> list[UrgeNoticeRead]:
    """Lists a task's urge notices. Callers: who may see the task."""
    return [_read(n) for n in await service.list_for_task(session, principal, task_id)]
