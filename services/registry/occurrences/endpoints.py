"""HTTP endpoints of recurring duties: a task's occurrences, their progress, the period job."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Path

from services.registry.occurrences import jobs, repository, service
from services.registry.occurrences.schemas import OccurrenceProgress, OccurrenceRead, OccurrenceRun
from services.registry.tasks import repository as tasks_repository
from services.registry.tasks import service as task_service
from services.registry.tasks.endpoints import LeadUnit, TaskReader
from shared.access import authorize
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.errors import NotFound

router = APIRouter(tags=["tasks"])
Admin = Annotated[Principal, Depends(authorize(Role.ADMIN))]
PeriodPath = Annotated[str, Path(pattern=r"^\d{4}(-(Q[1-4]|H[12]))?$", description="2026-Q3")]


@router.get("/tasks/{task_id}/occurrences", response_model=list[OccurrenceRead])
async def list_occurrences(
    task_id: uuid.UUID, session: SessionDep, principal: TaskReader
) -> list[OccurrenceRead]:
    """Lists a recurring task's periods, oldest first, each with its deadline and status.

    Callers: the task's lead and co-responsible units, GOV_OFFICE, SUPERVISION.
    """
    task = await task_service.visible_task(session, principal, task_id)
    return [OccurrenceRead.model_validate(o) for o in await repository.of_task(session, task.id)]


@router.put("/tasks/{task_id}/occurrences/{period}", response_model=OccurrenceRead)
async def report_occurrence(
    task_id: uuid.UUID,
    period: PeriodPath,
    body: OccurrenceProgress,
    now: NowDep,
    session: SessionDep,
    principal: LeadUnit,
) -> OccurrenceRead:
    """Records a period's progress; 100 completes it. Callers: officers of the lead unit."""
    # A write names its task: 404 only when there is none, 403 for anyone but the lead unit.
    task = await tasks_repository.get(session, task_id, lock=True)
    if task is None:
        raise NotFound(f"no task {task_id}")
    occurrence = await service.report(
        session, principal=principal, task=task, period=period, body=body, now=now
    )
    await session.commit()
    return OccurrenceRead.model_validate(occurrence)


@router.post("/jobs/period-duties", response_model=OccurrenceRun)
async def run_period_duties(now: NowDep, session: SessionDep, _: Admin) -> OccurrenceRun:
    """Runs the period-duties job now, on the service's clock. Callers: administrators."""
    run = await jobs.period_duties(session, now)
    await session.commit()
    return run
