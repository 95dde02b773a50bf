"""What a time limit produces: a reminder to the handler, an escalation to SUPERVISION (R15)."""

from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.complaints import repository as complaint_repository
from services.complaints.complaints import service as complaint_service
from services.complaints.complaints.models import Complaint, Step
from services.complaints.complaints.rules import Status, StepKind
from services.complaints.database import outbox
from services.complaints.deadlines.models import DeadlineMark
from services.complaints.deadlines.rules import DeadlineAction, LimitKind, answerable_unit
from services.complaints.events import ComplaintEscalated, ComplaintReminded
from shared.marks import mark_once


async def produce_once(
    session: AsyncSession,
    *,
    complaint: Complaint,
    kind: LimitKind,
    action: DeadlineAction,
    due: date,
    now: datetime,
) -> bool:
    """Reminds or escalates; False when this limit already had this action (exactly once, R15)."""
    marked = await mark_once(
        session, DeadlineMark, complaint_id=complaint.id, limit_kind=kind, action=action, at=now
    )
    if marked:
        produce = _remind if action == DeadlineAction.REMINDER else _escalate
        await produce(session, complaint=complaint, kind=kind, due=due, now=now)
    return marked


async def _remind(
    session: AsyncSession, *, complaint: Complaint, kind: LimitKind, due: date, now: datetime
) -> None:
    """Reminds the handling department that a limit is near."""
    await complaint_repository.add(
        session,
        Step(
            complaint_id=complaint.id,
            kind=StepKind.REMINDED,
            to_department=complaint.handling_department,
            note=f"{kind} due {due}",
            at=now,
        ),
    )
    await outbox.add(
        session,
        ComplaintReminded(
            complaint_id=complaint.id,
            category=complaint.category,
            target_department=complaint.target_department,
            limit=kind,
            due_date=due,
            due_date_provisional=_provisional(complaint, kind),
            handling_department=complaint.handling_department,
            feedback_to=_owed(complaint, kind),
        ),
        subject=str(complaint.id),
    )


def _owed(complaint: Complaint, kind: LimitKind) -> str | None:
    # R10: the handling limit is also the feedback the petition office is owed.
    return complaint.feedback_to if kind == LimitKind.HANDLE else None


async def _escalate(
    session: AsyncSession, *, complaint: Complaint, kind: LimitKind, due: date, now: datetime
) -> None:
    """Escalates a missed limit to the overseer (SUPERVISION), naming the answerable unit."""
    supervision = complaint.overseen_by or await complaint_service.supervision(session)
    answerable = answerable_unit(
        complaint.first_contact_department,
        complaint.handling_department,
        acknowledged=complaint.status != Status.RECEIVED,
    )
    complaint.escalated = True
    await complaint_repository.add(
        session,
        Step(
            complaint_id=complaint.id,
            kind=StepKind.ESCALATED,
            department=answerable,
            to_department=supervision,
            note=f"{kind} limit {due} missed",
            at=now,
        ),
    )
    await outbox.add(
        session,
        ComplaintEscalated(
            complaint_id=complaint.id,
            category=complaint.category,
            target_department=complaint.target_department,
            limit=kind,
            due_date=due,
            due_date_provisional=_provisional(complaint, kind),
            answerable_department=answerable,
            handling_department=complaint.handling_department,
            feedback_to=_owed(complaint, kind),
            escalated_at=now,
        ),
        subject=str(complaint.id),
    )


def _provisional(complaint: Complaint, kind: LimitKind) -> bool:
    """Tells whether the limit was counted across a year nobody covered."""
    if kind == LimitKind.ACKNOWLEDGE:
        return complaint.acknowledge_due_provisional
    return complaint.handle_due_provisional
