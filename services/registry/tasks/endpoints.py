"""HTTP endpoints of tasks: assignment, decomposition, lifecycle, list and search."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from services.registry.tasks import service
from services.registry.tasks.repository import TaskFilter
from services.registry.tasks.rules import (
    ASSIGNERS,
    OVERSEERS,
    TaskAction,
    TaskSource,
    TaskStatus,
)
from services.registry.tasks.schemas import (
    SubtaskCreate,
    TaskCreate,
    TaskMove,
    TaskPage,
    TaskRead,
    TaskTransition,
)
from shared.access import Case, Holds, Listed, all_of, any_of, authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.errors import ordered_range
from shared.idempotency import IdempotencyDep
from shared.schemas import IsoDate
from shared.workdays import local_date

router = APIRouter(prefix="/tasks", tags=["tasks"])
# The relations of a task to departments that its routes' policies name.
HOLDERS = "the task's lead or co-responsible units"
LEAD = "the task's lead unit"
ASSIGNER = "the department that assigned the task"
NEW_PARENT_LEAD = "the new parent's lead unit"
MOVED_TASK_LEADS = "the moved task's lead unit or its current parent's lead unit"
AnyListed = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=Listed()))]
Assigner = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*ASSIGNERS)))]
TaskReader = Annotated[
    Principal,
    Depends(authorize(Role.OFFICER, condition=any_of(has_role(*OVERSEERS), Holds(HOLDERS)))),
]
LeadUnit = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=Holds(LEAD)))]
Mover = Annotated[
    Principal,
    Depends(
        authorize(
            Role.OFFICER,
            condition=any_of(
                has_role(*ASSIGNERS), all_of(Holds(NEW_PARENT_LEAD), Holds(MOVED_TASK_LEADS))
            ),
        )
    ),
]
Actor = Annotated[
    Principal,
    Depends(
        authorize(
            Role.OFFICER,
            condition=Case(
                "action",
                {
                    TaskAction.START: Holds(LEAD),
                    TaskAction.COMPLETE: Holds(LEAD),
                    TaskAction.CANCEL: any_of(Holds(ASSIGNER), has_role(*ASSIGNERS)),
                },
            ),
        )
    ),
]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=TaskRead)
async def assign_task(
    body: TaskCreate,
    now: NowDep,
    session: SessionDep,
    principal: Assigner,
    response: Response,
    idempotency: IdempotencyDep,
) -> TaskRead:
    """Assigns a top-level task. Callers: officers of GOV_OFFICE."""
    task = await service.assign(session, principal=principal, body=body, now=now)
    read, location = await service.present(session, task), f"{router.prefix}/{task.id}"
    await idempotency.record(session, read, location=location)
    await session.commit()
    response.headers["Location"] = location
    return read


@router.post("/{task_id}/subtasks", status_code=status.HTTP_201_CREATED, response_model=TaskRead)
async def decompose_task(
    task_id: uuid.UUID,
    body: SubtaskCreate,
    now: NowDep,
    session: SessionDep,
    principal: LeadUnit,
    response: Response,
    idempotency: IdempotencyDep,
) -> TaskRead:
    """Decomposes a task into a sub-task (R3). Callers: officers of the task's lead unit."""
    child = await service.decompose(
        session, principal=principal, parent_id=task_id, body=body, now=now
    )
    read, location = await service.present(session, child), f"{router.prefix}/{child.id}"
    await idempotency.record(session, read, location=location)
    await session.commit()
    response.headers["Location"] = location
    return read


@router.put("/{task_id}/parent", response_model=TaskRead)
async def move_task(
    task_id: uuid.UUID, body: TaskMove, session: SessionDep, principal: Mover
) -> TaskRead:
    """Hangs a task under another parent, refusing cycles (R3).

    Callers: GOV_OFFICE; or the new parent's lead unit when it also leads the task or the
    task's current parent.
    """
    task = await service.move(
        session, principal=principal, task_id=task_id, parent_id=body.parent_id
    )
    read = await service.present(session, task)
    await session.commit()
    return read


@router.post("/{task_id}/transitions", response_model=TaskRead)
async def transition_task(
    task_id: uuid.UUID,
    body: TaskTransition,
    now: NowDep,
    session: SessionDep,
    principal: Actor,
) -> TaskRead:
    """Starts, completes or cancels a task. Callers: the lead unit; the assigner cancels."""
    task = await service.transition(
        session, principal=principal, task_id=task_id, body=body, now=now
    )
    read = await service.present(session, task)
    await session.commit()
    return read


@router.get("/{task_id}", response_model=TaskRead)
async def read_task(task_id: uuid.UUID, session: SessionDep, principal: TaskReader) -> TaskRead:
    """Gets a task. Callers: its lead and co-responsible units, GOV_OFFICE, SUPERVISION."""
    return await service.present(session, await service.visible_task(session, principal, task_id))


@router.get("", response_model=TaskPage)
async def list_tasks(
    now: NowDep,
    session: SessionDep,
    principal: AnyListed,
    department: Annotated[str | None, Query(max_length=40)] = None,
    status_: Annotated[TaskStatus | None, Query(alias="status")] = None,
    source: TaskSource | None = None,
    deadline_from: IsoDate | None = None,
    deadline_to: IsoDate | None = None,
    overdue: bool = False,
    parent_id: uuid.UUID | None = None,
    top_level: bool | None = None,
    q: Annotated[str | None, Query(max_length=100)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> TaskPage:
    """Lists and searches tasks in assignment order with a keyset cursor.

    Callers: any officer; a department sees the tasks it leads or co-handles, GOV_OFFICE and
    SUPERVISION see all.
    """
    ordered_range(deadline_from, deadline_to, "deadline_from", "deadline_to")
    filters = TaskFilter(
        department=department,
        status=status_,
        source=source,
        deadline_from=deadline_from,
        deadline_to=deadline_to,
        overdue_on=local_date(now) if overdue else None,
        parent_id=parent_id,
        top_level=top_level,
        text=q,
    )
    return await service.list_tasks(
        session, principal=principal, filters=filters, limit=limit, cursor=cursor
    )
