"""Filing and reading quarterly progress reports (R1)."""

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.calendar import repository as calendar_repository
from services.registry.database import outbox
from services.registry.departments import service as department_service
from services.registry.events import ProgressReported
from services.registry.progress import repository
from services.registry.progress.models import ProgressReport
from services.registry.progress.rules import is_late, quarter_statuses, reportable
from services.registry.progress.schemas import (
    ProgressReportCreate,
    ProgressReportRead,
    QuarterRead,
    TaskProgressRead,
)
from services.registry.tasks import repository as tasks_repository
from services.registry.tasks import service as task_service
from services.registry.tasks.rules import (
    FINISHED,
    TaskAction,
    TaskStatus,
    holds,
)
from shared.auth import Principal
from shared.errors import Conflict, Forbidden, NotFound, invalid_field
from shared.workdays import local_date


async def file_report(
    session: AsyncSession,
    *,
    principal: Principal,
    task_id: uuid.UUID,
    body: ProgressReportCreate,
    now: datetime,
) -> ProgressReport:
    """Files a unit's quarterly report on a task it holds; the event reaches SUPERVISION (R1)."""
    task = await tasks_repository.get(session, task_id, lock=True)
    if task is None:
        raise NotFound(f"no task {task_id}")
    await department_service.caller_role(session, principal.department)
    if not holds(principal.department, task.lead_unit, task.co_units):
        raise Forbidden("only the task's lead and co-responsible units report on it (R1)")
    if task.status in FINISHED:
        raise Conflict(f"the task is {task.status}; progress is no longer reported")
    today, quarter = local_date(now), (body.year, body.quarter)
    if not reportable(quarter, task.assigned_on, today):
        raise invalid_field(
            "the quarter is before the assignment or still to come", "quarter", kind="quarter"
        )
    if await repository.exists(
        session,
        task_id=task.id,
        year=body.year,
        quarter=body.quarter,
        department=principal.department,
    ):
        raise Conflict(f"{principal.department} already reported {body.year}Q{body.quarter}")
    calendar = await calendar_repository.work_calendar(session)
    report = await repository.add(
        session,
        ProgressReport(
            id=uuid.uuid4(),
            task_id=task.id,
            year=body.year,
            quarter=body.quarter,
            department=principal.department,
            percent=body.percent,
            summary=body.summary,
            reported_on=today,
            late=is_late(quarter, today, calendar),
            reported_by_subject=principal.subject,
            created_at=now,
        ),
    )
    if principal.department == task.lead_unit:
        if not await tasks_repository.children(session, task.id):
            task.progress = body.percent
        if task.status == TaskStatus.ASSIGNED:
            await task_service.apply_transition(
                session,
                task=task,
                action=TaskAction.START,
                by=principal.department,
                now=now,
                reason=None,
            )
        await task_service.refresh_ancestors(session, task)
    await outbox.add(
        session,
        ProgressReported(
            task_id=task.id,
            report_id=report.id,
            year=report.year,
            quarter=report.quarter,
            percent=report.percent,
            reported_by=report.department,
            late=report.late,
        ),
        subject=str(task.id),
    )
    return report


async def task_progress(
    session: AsyncSession, *, principal: Principal, task_id: uuid.UUID, now: datetime
) -> TaskProgressRead:
    """Gets a task's reports and which quarters the lead unit reported, late or not at all."""
    task = await task_service.visible_task(session, principal, task_id)
    reports = await repository.of_task(session, task.id)
    today = local_date(now)
    lead_reports = {
        (r.year, r.quarter): r.reported_on for r in reports if r.department == task.lead_unit
    }
    calendar = await calendar_repository.work_calendar(session)
    quarters = quarter_statuses(
        task.assigned_on, task.finished_on or today, today, lead_reports, calendar
    )
    return TaskProgressRead(
        task_id=task.id,
        progress=task.progress,
        reports=[ProgressReportRead.model_validate(r) for r in reports],
        quarters=[QuarterRead.model_validate(q._asdict()) for q in quarters],
    )
