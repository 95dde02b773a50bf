"""Issuing the quarter's circular on the mayor's matters and reading it (R2)."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.database import outbox
from services.registry.departments import repository as departments_repository
from services.registry.events import CircularMatter, LeaderMatterCircularIssued
from services.registry.leader_matters import repository
from services.registry.leader_matters.models import LeaderMatterCircular
from services.registry.leader_matters.rules import (
    Standing,
    circular_title,
    quarter_span,
    standing,
)
from services.registry.leader_matters.schemas import CircularRead
from services.registry.tasks.rules import TaskStatus
from shared.directory import FunctionalRole
from shared.errors import NotFound
from shared.marks import mark_once

ISSUER = "registry.circular-job"  # when no department holds GOV_OFFICE


async def issue(
    session: AsyncSession, *, year: int, quarter: int, now: datetime
) -> LeaderMatterCircular | None:
    """Issues a quarter's circular with its event once; None when it was already issued."""
    first, last = quarter_span(year, quarter)
    matters: list[CircularMatter] = []
    for task in await repository.mayors_matters(session, first, last):
        finished = task.finished_on if task.finished_on and task.finished_on <= last else None
        found = standing(
            deadline=task.deadline,
            finished_on=task.finished_on,
            cancelled=task.status == TaskStatus.CANCELLED,
            quarter_end=last,
        )
        if found is None:
            continue
        matters.append(
            CircularMatter(
                task_id=task.id,
                work_item=task.work_item,
                leader=task.leader or "",
                instruction=task.instruction or "",
                instructed_on=task.instructed_on or task.assigned_on,
                lead_unit=task.lead_unit,
                deadline=task.deadline,
                finished_on=finished,
                standing=found.value,
            )
        )
    offices = await departments_repository.list_all(session, role=FunctionalRole.GOV_OFFICE)
    issued_by = next((d.code for d in offices if d.active), ISSUER)
    counts = {s.value: sum(m.standing == s for m in matters) for s in Standing}
    title = circular_title(year, quarter)
    if not await mark_once(
        session,
        LeaderMatterCircular,
        year=year,
        quarter=quarter,
        title=title,
        issued_by=issued_by,
        issued_at=now,
        matters=[m.model_dump(mode="json") for m in matters],
        **counts,
    ):
        return None
    await outbox.add(
        session,
        LeaderMatterCircularIssued(
            year=year,
            quarter=quarter,
            title=title,
            issued_by=issued_by,
            lead_units=sorted({m.lead_unit for m in matters}),
            matters=matters,
            issued_at=now,
            **counts,
        ),
        subject=f"leader-matter-circular-{year}-Q{quarter}",
    )
    return await repository.get(session, year, quarter)


async def read(session: AsyncSession, year: int, quarter: int) -> CircularRead:
    """Gets a quarter's circular as issued, or 404 before it is."""
    circular = await repository.get(session, year, quarter)
    if circular is None:
        raise NotFound(f"no circular issued for {year} Q{quarter} yet")
    return CircularRead.model_validate(circular)
