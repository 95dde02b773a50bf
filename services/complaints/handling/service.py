"""Handling a complaint: forwarding (R10), reassignment, acknowledgement, outcome, messages."""

import uuid
from datetime import datetime
from typing import TypedDict

from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.complaints import repository as complaint_repository
from services.complaints.complaints import service as complaint_service
from services.complaints.complaints.models import Complaint, Step
from services.complaints.complaints.rules import (
    TRANSITIONS,
    Action,
    Appraisal,
    Category,
    Status,
    StepKind,
    on_time,
    time_limit,
)
from services.complaints.config import ComplaintsSettings
from services.complaints.database import calendar_copy, directory, outbox
from services.complaints.events import (
    ComplaintAppraised,
    ComplaintFaultSubstantiated,
    ComplaintFeedbackGiven,
    ComplaintForwarded,
    ComplaintHandled,
    ComplaintReassigned,
)
from services.complaints.handling import repository
from services.complaints.handling.models import Message
from services.complaints.handling.rules import (
    FAULT_OUTCOMES,
    acknowledge_due_on_hand_over,
    feedback_required,
)
from services.complaints.handling.schemas import Forwarding, HandlingResult, Reassignment
from shared.auth import Principal
from shared.errors import Conflict, Forbidden, invalid_field
from shared.statemachine import next_status
from shared.workdays import WorkCalendar, flag_provisional, local_date


async def _handled_by_caller(
    session: AsyncSession, *, principal: Principal, complaint_id: uuid.UUID, action: Action
) -> tuple[Complaint, Status]:
    """Gets a complaint the caller handles (locked) and the status the action leads to."""
    complaint = await complaint_service.readable(
        session, principal=principal, complaint_id=complaint_id, lock=True
    )
    if complaint.handling_department != principal.department:
        raise Forbidden(f"only the handling department ({complaint.handling_department}) may act")
    return complaint, _next(complaint, action)


def _next(complaint: Complaint, action: Action) -> Status:
    return next_status(TRANSITIONS, Status(complaint.status), action, what="complaint")


def _hand_over(
    complaint: Complaint,
    *,
    to: str,
    status: Status,
    now: datetime,
    settings: ComplaintsSettings,
    calendar: WorkCalendar,
) -> None:
    """Moves a complaint to a new unit, which gets its own time to acknowledge (R15)."""
    if to == complaint.handling_department:
        raise invalid_field(
            "the complaint is already with this department",
            "to_department",
            kind="same",
            msg="same department",
        )
    limit = time_limit(Category(complaint.category), settings.time_limits)
    complaint.handling_department = to
    complaint.status = status
    complaint.acknowledged_at = None
    due = acknowledge_due_on_hand_over(complaint.acknowledge_due, now, limit, calendar)
    if due != complaint.acknowledge_due:
        complaint.acknowledge_due_provisional = flag_provisional(calendar, local_date(now), due)
    complaint.acknowledge_due = due


class _Common(TypedDict):
    complaint_id: uuid.UUID
    category: str
    target_department: str


def _common(complaint: Complaint) -> _Common:
    return _Common(
        complaint_id=complaint.id,
        category=complaint.category,
        target_department=complaint.target_department,
    )


async def forward(
    session: AsyncSession,
    *,
    principal: Principal,
    complaint_id: uuid.UUID,
    body: Forwarding,
    now: datetime,
    settings: ComplaintsSettings,
) -> Complaint:
    """PETITION forwards a complaint; within the R10 scope the receiver owes feedback."""
    # The route lets only PETITION call (its policy); the handler check follows.
    complaint, status = await _handled_by_caller(
        session, principal=principal, complaint_id=complaint_id, action=Action.FORWARD
    )
    to_role = await directory.named_role(session, "to_department", body.to_department)
    _hand_over(
        complaint,
        to=body.to_department,
        status=status,
        now=now,
        settings=settings,
        calendar=await calendar_copy.current(session),
    )
    needs_feedback = feedback_required(to_role)
    complaint.forwarded_by = principal.department
    complaint.feedback_to = principal.department if needs_feedback else None
    await complaint_repository.add(
        session,
        Step(
            complaint_id=complaint.id,
            kind=StepKind.FORWARDED,
            department=principal.department,
            officer=principal.subject,
            to_department=body.to_department,
            note=body.note,
            at=now,
        ),
    )
    await outbox.add(
        session,
        ComplaintForwarded(
            **_common(complaint),
            forwarded_by=principal.department,
            to_department=body.to_department,
            feedback_required=needs_feedback,
            forwarded_at=now,
        ),
        subject=str(complaint.id),
    )
    return complaint


async def reassign(
    session: AsyncSession,
    *,
    principal: Principal,
    complaint_id: uuid.UUID,
    body: Reassignment,
    now: datetime,
    settings: ComplaintsSettings,
) -> Complaint:
    """The handling department is not competent: the complaint moves on, with the reason."""
    complaint, status = await _handled_by_caller(
        session, principal=principal, complaint_id=complaint_id, action=Action.REASSIGN
    )
    await directory.named_role(session, "to_department", body.to_department)
    _hand_over(
        complaint,
        to=body.to_department,
        status=status,
        now=now,
        settings=settings,
        calendar=await calendar_copy.current(session),
    )
    await complaint_repository.add(
        session,
        Step(
            complaint_id=complaint.id,
            kind=StepKind.REASSIGNED,
            department=principal.department,
            officer=principal.subject,
            to_department=body.to_department,
            note=body.reason,
            at=now,
        ),
    )
    await outbox.add(
        session,
        ComplaintReassigned(
            **_common(complaint),
            from_department=principal.department,
            to_department=body.to_department,
            reason=body.reason,
            reassigned_at=now,
        ),
        subject=str(complaint.id),
    )
    return complaint


async def acknowledge(
    session: AsyncSession, *, principal: Principal, complaint_id: uuid.UUID, now: datetime
) -> Complaint:
    """The handling department acknowledges the hand-over; it now answers for it (R15)."""
    complaint, status = await _handled_by_caller(
        session, principal=principal, complaint_id=complaint_id, action=Action.ACKNOWLEDGE
    )
    complaint.status = status
    complaint.acknowledged_at = now
    await complaint_repository.add(
        session,
        Step(
            complaint_id=complaint.id,
            kind=StepKind.ACKNOWLEDGED,
            department=principal.department,
            officer=principal.subject,
            at=now,
        ),
    )
    return complaint


async def handle(
    session: AsyncSession,
    *,
    principal: Principal,
    complaint_id: uuid.UUID,
    body: HandlingResult,
    now: datetime,
) -> Complaint:
    """Records the outcome; feeds back to PETITION (R10) and refers a fault to SUPERVISION."""
    complaint, status = await _handled_by_caller(
        session, principal=principal, complaint_id=complaint_id, action=Action.HANDLE
    )
    complaint.status = status
    complaint.handled_at = now
    for field, value in body.model_dump().items():
        setattr(complaint, field, value)
    steps = [
        Step(
            complaint_id=complaint.id,
            kind=StepKind.HANDLED,
            department=principal.department,
            officer=principal.subject,
            note=body.outcome,
            at=now,
        )
    ]
    common = _common(complaint)
    await outbox.add(
        session,
        ComplaintHandled(
            **common,
            handling_department=principal.department,
            channel=complaint.channel,
            outcome=body.outcome,
            on_time=on_time(local_date(now), complaint.handle_due),
            handled_at=now,
        ),
        subject=str(complaint.id),
    )
    if complaint.feedback_to:
        steps.append(
            Step(
                complaint_id=complaint.id,
                kind=StepKind.FEEDBACK_GIVEN,
                department=principal.department,
                officer=principal.subject,
                to_department=complaint.feedback_to,
                at=now,
            )
        )
        await outbox.add(
            session,
            ComplaintFeedbackGiven(
                **common,
                feedback_to=complaint.feedback_to,
                from_department=principal.department,
                outcome=body.outcome,
                legal_basis=body.legal_basis,
                given_at=now,
            ),
            subject=str(complaint.id),
        )
    if body.outcome in FAULT_OUTCOMES:
        await outbox.add(
            session,
            ComplaintFaultSubstantiated(
                **common,
                concerned_department=complaint.target_department,
                target_post=complaint.target_post,
                outcome=body.outcome,
                findings=body.findings,
                legal_basis=body.legal_basis,
                handled_by=principal.department,
                substantiated_at=now,
            ),
            subject=str(complaint.id),
        )
    await complaint_repository.add(session, *steps)
    return complaint


async def messages(session: AsyncSession, complaint: Complaint) -> list[Message]:
    """Gets the conversation of a complaint, oldest first."""
    return list(await repository.messages(session, complaint.id))


async def handler_message(
    session: AsyncSession,
    *,
    principal: Principal,
    complaint_id: uuid.UUID,
    body: str,
    now: datetime,
) -> Message:
    """The handling department writes to the complainant."""
    complaint = await complaint_service.readable(
        session, principal=principal, complaint_id=complaint_id
    )
    if complaint.handling_department != principal.department:
        raise Forbidden("only the handling department writes to the complainant")
    return await repository.add(
        session,
        Message(
            complaint_id=complaint.id,
            author="handler",
            department=principal.department,
            body=body,
            created_at=now,
        ),
    )


async def complainant_message(
    session: AsyncSession, *, complaint: Complaint, body: str, now: datetime
) -> Message:
    """The complainant (authenticated by code and secret) writes to the handler."""
    message = Message(complaint_id=complaint.id, author="complainant", body=body, created_at=now)
    return await repository.add(session, message)


async def appraise(
    session: AsyncSession, *, complaint: Complaint, appraisal: Appraisal, now: datetime
) -> Complaint:
    """The complainant appraises a handled complaint, once (R17)."""
    status = _next(complaint, Action.APPRAISE)
    if complaint.appraisal is not None:
        raise Conflict("the complaint has already been appraised")
    complaint.status, complaint.appraisal, complaint.appraised_at = status, appraisal, now
    await session.flush()
    await outbox.add(
        session,
        ComplaintAppraised(
            **_common(complaint),
            handling_department=complaint.handling_department,
            appraisal=appraisal,
            appraised_at=now,
        ),
        subject=str(complaint.id),
    )
    return complaint
