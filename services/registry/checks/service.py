"""Recording the half-year checks (R1) and listing the quarterly reports still missing."""

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.calendar import repository as calendar_repository
from services.registry.checks import repository
from services.registry.checks.models import ProgressCheck
from services.registry.checks.rules import (
    checkable,
    half_quarters,
    quarter_start,
    reporting_counts,
)
from services.registry.checks.schemas import MissingReport, ProgressCheckCreate
from services.registry.database import audit, outbox
from services.registry.departments import repository as departments_repository
from services.registry.events import ProgressCheckRecorded
from services.registry.progress import repository as progress_repository
from services.registry.progress.rules import quarter_end, quarter_statuses, report_due
from services.registry.tasks import repository as tasks_repository
from services.registry.tasks.rules import holds
from shared.auth import Principal
from shared.directory import named_role
from shared.errors import Conflict, invalid_field
from shared.workdays import local_date


async def record(
    session: AsyncSession, *, principal: Principal, body: ProgressCheckCreate, now: datetime
) -> ProgressCheck:
    """Records a unit's half-year check with its findings per task; a unit with findings is
    told (R1). One check per unit and half year (409)."""
    today = local_date(now)
    if not checkable(body.year, body.half, today):
        raise invalid_field("the half year has not begun", "half", kind="not_begun")
    named_role(
        await departments_repository.get(session, body.department), "department", body.department
    )
    if await repository.find(session, body.year, body.half, body.department) is not None:
        raise Conflict(f"{body.department} was already checked for {body.year} H{body.half} (R1)")
    findings, seen = [], set()
    for i, f in enumerate(body.findings):
        task = await tasks_repository.get(session, f.task_id)
        if task is None or not holds(body.department, task.lead_unit, task.co_units):
            raise invalid_field(
                f"{body.department} holds no task {f.task_id}",
                "findings",
                i,
                "task_id",
                kind="task",
            )
        if f.task_id in seen:
            raise invalid_field(
                "a task has one finding", "findings", i, "task_id", kind="duplicate"
            )
        seen.add(f.task_id)
        findings.append(
            {"task_id": str(task.id), "work_item": task.work_item, "finding": f.finding}
        )
    check = ProgressCheck(
        id=uuid.uuid4(),
        year=body.year,
        half=body.half,
        department=body.department,
        checked_by=principal.department,
        summary=body.summary,
        findings=findings,
        reporting=await _reporting(session, body.department, body.year, body.half, now),
        created_at=now,
    )
    if not await repository.add_once(session, check):
        raise Conflict(f"{body.department} was already checked for {body.year} H{body.half} (R1)")
    await outbox.add(
        session,
        ProgressCheckRecorded(
            check_id=check.id,
            department=check.department,
            year=check.year,
            half=check.half,
            findings=len(findings),
            has_findings=bool(findings),
            checked_by=check.checked_by,
        ),
        subject=check.department,
    )
    # Last before the commit: the audit lock is held only from here to the commit.
    await audit.append(
        session,
        principal=principal,
        at=now,
        action="progress_check.recorded",
        record=("progress_check", check.id),
        detail={"department": check.department, "findings": len(findings)},
    )
    return check


async def _reporting(
    session: AsyncSession, department: str, year: int, half: int, now: datetime
) -> dict[str, int]:
    """Counts the unit's quarter reports in the half year by state, as the check sees them."""
    today, quarters = local_date(now), half_quarters(year, half)
    calendar = await calendar_repository.work_calendar(session)
    statuses = []
    starts, ends = quarter_start(*quarters[0]), quarter_end(*quarters[1])
    for task in await repository.led_during(session, department, starts, ends):
        reports = await progress_repository.of_task(session, task.id)
        reported = {
            (r.year, r.quarter): r.reported_on for r in reports if r.department == department
        }
        statuses += quarter_statuses(
            task.assigned_on, task.finished_on or today, today, reported, calendar
        )
    return reporting_counts(statuses, quarters)


async def missing_reports(
    session: AsyncSession, *, year: int, quarter: int, department: str | None, now: datetime
) -> list[MissingReport]:
    """Lists the quarter's reports whose due day passed and whose lead unit filed none (R1)."""
    calendar = await calendar_repository.work_calendar(session)
    due = report_due(year, quarter, calendar)
    if local_date(now) <= due:
        raise invalid_field(
            f"the quarter's reports are due until {due}", "quarter", kind="not_due", where="query"
        )
    ends = quarter_end(year, quarter)
    tasks = await repository.unreported(
        session,
        year=year,
        quarter=quarter,
        starts=quarter_start(year, quarter),
        ends=ends,
        department=department,
    )
    return [
        MissingReport(
            task_id=t.id,
            work_item=t.work_item,
            item_no=t.item_no,
            lead_unit=t.lead_unit,
            year=year,
            quarter=quarter,
            due=due,
        )
        for t in tasks
    ]
