"""HTTP endpoints of quarterly progress reports (R1)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, status

from services.registry.progress import service
from services.registry.progress.schemas import (
    ProgressReportCreate,
    ProgressReportRead,
    TaskProgressRead,
)
from services.registry.tasks.endpoints import HOLDERS, TaskReader
from shared.access import Holds, authorize
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.idempotency import IdempotencyDep

router = APIRouter(prefix="/tasks/{task_id}/progress", tags=["progress reports"])
Holder = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=Holds(HOLDERS)))]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=ProgressReportRead)
async def file_progress_report(
    task_id: uuid.UUID,
    body: ProgressReportCreate,
    now: NowDep,
    session: SessionDep,
    principal: Holder,
    idempotency: IdempotencyDep,
) -> ProgressReportRead:
    """Files a quarterly progress report (R1). Callers: the task's lead or co-responsible units."""
    report = ProgressReportRead.model_validate(
        await service.file_report(session, principal=principal, task_id=task_id, body=body, now=now)
    )
    await idempotency.record(session, report)
    await session.commit()
    return report


@router.get("", response_model=TaskProgressRead)
async def read_task_progress(
    task_id: uuid.UUID, now: NowDep, session: SessionDep, principal: TaskReader
) -> TaskProgressRead:
    """Gets a task's reports and late or missing quarters. Callers: who may see the task."""
    return await service.task_progress(session, principal=principal, task_id=task_id, now=now)
