"""Handling a complaint: forwarding (R10), reassignment, acknowledgement, outcome, messages."""

import uuid
from datetime import datetime
from typing import TypedDict

from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.complaints import repository
from services.complaints.complaints.models import Complaint, Message, Step
from services.complaints.complaints.rules import (
    FAULT_OUTCOMES,
    Appraisal,
    Category,
    Status,
    StepKind,
    feedback_required,
    on_time,
    time_limit,
)
from services.complaints.complaints.schemas import Forwarding, HandlingResult, Reassignment
from services.complaints.complaints.service import (
    active_department,
    readable,
    supervision,
)
from services.complaints.config import ComplaintsSettings
from services.complaints.database import outbox
from services.complaints.events import (
    ComplaintFaultSubstantiated,
    ComplaintFeedbackGiven,
    ComplaintForwarded,
    ComplaintHandled,
    ComplaintReassigned,
)
from shared.auth import Principal
from shared.errors import Conflict, Forbidden, InvalidInput
from shared.workdays import local_date, official_calendar


async def _handled_by_caller(
    session: AsyncSession, principal: Principal, complaint_id: uuid.UUID
) -> Complaint:
    complaint = await readable(session, principal, complaint_id, lock=True)
    if complaint.handling_department != principal.department:
        raise Forbidden(f"only the handling department ({complaint.handling_department}) may act")
    if complaint.status == Status.HANDLED:
        raise Conflict("the complaint has been handled")
    return complaint


def _hand_over(complaint: Complaint, to: str, now: datetime, settings: ComplaintsSettings) -> None:
    """Moves a complaint to a new unit, which gets its own time to acknowledge (R15)."""
    if to == complaint.handling_department:
        raise InvalidInput(
            "the complaint is already with this department",
            errors=[{"loc": ["body", "to_department"], "msg": "same department", "type": "same"}],
        )
    limit = time_limit(Category(complaint.category), settings.time_limits)
    complaint.handling_department = to
    complaint.status = Status.RECEIVED
    complaint.acknowledged_at = None
    complaint.acknowledge_due = max(
        complaint.acknowledge_due,
        official_calendar().add_working_days(local_date(now), limit.acknowledge_days),
    )


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
    principal: Principal,
    complaint_id: uuid.UUID,
    body: Forwarding,
    now: datetime,
    settings: ComplaintsSettings,
) -> Complaint:
    """PETITION forwards a complaint; within the R10 scope the receiver owes feedback."""
    # The route lets only PETITION call (its policy); the handler check follows.
    complaint = await _handled_by_caller(session, principal, complaint_id)
    to_role = await active_department(session, body.to_department, "to_department")
    _hand_over(complaint, body.to_department, now, settings)
    needs_feedback = feedback_required(to_role)
    complaint.forwarded_by = principal.department
    complaint.feedback_to = principal.department if needs_feedback else None
    await repository.add(
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
            complaint_id=complaint.id,
            category=complaint.category,
            target_department=complaint.target_department,
            addressees=[body.to_department],
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
    principal: Principal,
    complaint_id: uuid.UUID,
    body: Reassignment,
    now: datetime,
    settings: ComplaintsSettings,
) -> Complaint:
    """The handling department is not competent: the complaint moves on, with the reason."""
    complaint = await _handled_by_caller(session, principal, complaint_id)
    await active_department(session, body.to_department, "to_department")
    _hand_over(complaint, body.to_department, now, settings)
    await repository.add(
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
            complaint_id=complaint.id,
            category=complaint.category,
            target_department=complaint.target_department,
            addressees=sorted({body.to_department, await supervision(session)}),
            from_department=principal.department,
            to_department=body.to_department,
            reason=body.reason,
            reassigned_at=now,
        ),
        subject=str(complaint.id),
    )
    return complaint


async def acknowledge(
    session: AsyncSession, principal: Principal, complaint_id: uuid.UUID, now: datetime
) -> Complaint:
    """The handling department acknowledges the hand-over; it now answers for it (R15)."""
    complaint = await _handled_by_caller(session, principal, complaint_id)
    if complaint.status != Status.RECEIVED:
        raise Conflict("the complaint is already acknowledged")
    complaint.status = Status.ACKNOWLEDGED
    complaint.acknowledged_at = now
    await repository.add(
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
    principal: Principal,
    complaint_id: uuid.UUID,
    body: HandlingResult,
    now: datetime,
) -> Complaint:
    """Records the outcome; feeds back to PETITION (R10) and refers a fault to SUPERVISION."""
    complaint = await _handled_by_caller(session, principal, complaint_id)
    if complaint.status != Status.ACKNOWLEDGED:
        raise Conflict("acknowledge the complaint before recording its outcome")
    complaint.status = Status.HANDLED
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
            addressees=[],
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
                addressees=[complaint.feedback_to],
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
                addressees=[await supervision(session)],
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
    await repository.add(session, *steps)
    return complaint


async def handler_message(
    session: AsyncSession, principal: Principal, complaint_id: uuid.UUID, body: str, now: datetime
) -> Message:
    """The handling department writes to the complainant."""
    complaint = await readable(session, principal, complaint_id)
    if complaint.handling_department != principal.department:
        raise Forbidden("only the handling department writes to the complainant")
    message = Message(
        complaint_id=complaint.id,
        author="handler",
        department=principal.department,
        body=body,
        created_at=now,
    )
    await repository.add(session, message)
    return message


async def complainant_message(
    session: AsyncSession, complaint: Complaint, body: str, now: datetime
) -> Message:
    """The complainant (authenticated by code and secret) writes to the handler."""
    message = Message(complaint_id=complaint.id, author="complainant", body=body, created_at=now)
    await repository.add(session, message)
    return message


async def appraise(
    session: AsyncSession, complaint: Complaint, appraisal: Appraisal, now: datetime
) -> Complaint:
    """The complainant appraises a handled complaint, once (R17)."""
    if complaint.status != Status.HANDLED:
        raise Conflict("a complaint can be appraised once it has been handled")
    if complaint.appraisal is not None:
        raise Conflict("the complaint has already been appraised")
    complaint.appraisal = appraisal
    complaint.appraised_at = now
    await session.flush()
    return complaint
