"""Intake and reading of complaints: a submission on any channel, the departments' reads."""

import asyncio
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.complaints import repository
from services.complaints.complaints.models import Complainant, Complaint, Step
from services.complaints.complaints.rules import (
    SUGGESTED_SCOPE,
    Category,
    Channel,
    Status,
    StepKind,
    due_dates,
    first_contact,
    initial_handler,
    may_enter,
    may_read,
    time_limit,
    without_identity,
)
from services.complaints.complaints.schemas import (
    ComplainantIn,
    ComplaintCreate,
    ComplaintRead,
    StepRead,
)
from services.complaints.complaints.tracking import (
    derived_secret,
    fingerprint,
    hash_secret,
    key_hash,
    new_secret,
    new_tracking_code,
)
from services.complaints.config import ComplaintsSettings
from services.complaints.database import audit, calendar_copy, directory, outbox
from services.complaints.events import (
    CaseFeedbackGivenView,
    ComplaintAccountabilityReported,
    ComplaintReceived,
)
from shared import crypto, tail
from shared.auth import Principal
from shared.directory import FunctionalRole
from shared.errors import Conflict, Forbidden, NotFound, Unavailable, invalid_field
from shared.events import Envelope
from shared.workdays import flag_provisional, local_date

PUBLIC_SCOPE = "public"
THREADED_HASH_ROUNDS = 1000  # above this many PBKDF2 rounds a secret is hashed in a thread
# What the routes that call supervision() declare (shared/openapi.py adds the problem body).
NO_SUPERVISION: dict[int | str, dict[str, Any]] = {
    503: {"description": "The directory copy has no active supervision department"}
}


@dataclass(frozen=True)
class Submission:
    """A received complaint, its tracking secret, and whether this request created it."""

    complaint: Complaint
    secret: str
    created: bool  # False: a retry with the same Idempotency-Key, answered with the first
    # What a new submission with a key claims, until settled(): (scope, key, request body).
    claim: tuple[str, str, dict[str, Any]] | None = None


async def supervision(session: AsyncSession) -> str:
    """Gets the supervision department's code."""
    codes = await directory.codes_with_role(session, FunctionalRole.SUPERVISION)
    if not codes:
        raise Unavailable("the directory copy has no supervision department yet")
    return codes[0]


async def overseer(session: AsyncSession, *, settings: ComplaintsSettings, concerned: str) -> str:
    """Gets who oversees a complaint: supervision, unless the complaint concerns it.

    No department judges itself: a complaint concerning supervision (or a unit above it)
    is overseen by the body the settings name (COMPLAINTS_CONFLICT_BODY, the government
    office by default), never by a unit inside the one it concerns.
    """
    await supervision(session)  # 503 until the directory copy holds supervision
    names = [FunctionalRole.SUPERVISION, settings.conflict_body]
    codes = await directory.outside(session, names, concerned)
    if not codes:
        raise Unavailable(f"no department outside {concerned} can oversee this complaint")
    return codes[0]


async def submit(
    session: AsyncSession,
    *,
    settings: ComplaintsSettings,
    now: datetime,
    body: ComplaintCreate,
    channel: Channel,
    principal: Principal | None,
    idempotency_key: str | None,
    place: Mapping[str, Any] | None = None,
) -> Submission:
    """Receives a complaint; a retry with the same idempotency key gets the first one back.

    `place`: the complaint's place columns a channel collects (Open311's lat, long, address,
    media URL), written with the complaint.
    """
    scope = principal.department if principal else PUBLIC_SCOPE
    request_body: dict[str, Any] = {**body.model_dump(mode="json"), "channel": channel}
    if principal is not None and not may_enter(
        channel, await directory.caller_role(session, principal.department)
    ):
        raise Forbidden(f"department {principal.department} may not register {channel} complaints")
    await directory.named_role(session, "target_department", body.target_department)
    if body.event_date > local_date(now):
        raise invalid_field(
            "the events cannot be in the future",
            "event_date",
            kind="future_date",
            msg="in the future",
        )
    first = first_contact(
        channel, principal.department if principal else None, body.target_department
    )
    overseen_by = await overseer(session, settings=settings, concerned=body.target_department)
    handler = initial_handler(channel, first, body.target_department, overseen_by)
    calendar = await calendar_copy.current(session)
    ack_due, handle_due = due_dates(now, time_limit(body.category, settings.time_limits), calendar)
    complaint_id = uuid.uuid4()
    secret = (
        derived_secret(settings.tracking_pepper, scope, idempotency_key, str(complaint_id))
        if idempotency_key
        else new_secret()
    )
    complaint = Complaint(
        id=complaint_id,
        tracking_code=new_tracking_code(),
        secret_hash=await _hashed(secret, settings.secret_hash_iterations),
        channel=channel,
        category=body.category,
        target_department=body.target_department,
        target_post=body.target_post,
        description=body.description,
        event_date=body.event_date,
        anonymous=body.complainant is None,
        first_contact_department=first,
        entered_by_subject=principal.subject if principal else None,
        handling_department=handler,
        overseen_by=overseen_by,
        status=Status.RECEIVED,
        received_at=now,
        acknowledge_due=ack_due,
        acknowledge_due_provisional=flag_provisional(calendar, local_date(now), ack_due),
        handle_due=handle_due,
        handle_due_provisional=flag_provisional(calendar, local_date(now), handle_due),
        escalated=False,
        idempotency_scope=scope if idempotency_key else None,
        idempotency_key_hash=key_hash(idempotency_key) if idempotency_key else None,
        request_fingerprint=fingerprint(request_body) if idempotency_key else None,
        **(place or {}),
    )
    received = Step(
        id=uuid.uuid4(),
        complaint_id=complaint.id,
        kind=StepKind.RECEIVED,
        department=complaint.first_contact_department,
        officer=complaint.entered_by_subject,
        to_department=complaint.handling_department,
        at=complaint.received_at,
    )
    # One statement with the receipt's event and audit entry (shared/tail.py); with an
    # idempotency key the complaint is the request's claim, and a retry writes nothing.
    await repository.add_received(session, complaint, received, claim=idempotency_key is not None)
    await _record_receipt(session, complaint=complaint, complainant=body.complainant)
    await audit.append(
        session,
        principal=principal,
        at=now,
        action="complaint.received",
        record=("complaint", complaint.id),
        detail={"channel": channel, "handling_department": handler},
    )
    claim = (scope, idempotency_key, request_body) if idempotency_key else None
    return Submission(complaint, secret, created=True, claim=claim)


async def settled(
    session: AsyncSession, *, settings: ComplaintsSettings, submission: Submission
) -> Submission:
    """Gets what a submission became once written: itself, or the first one of its key.

    The first request with the key committed (a retry, or a concurrent duplicate the insert
    waited for): the answer is its complaint, and nothing of this request was written.
    """
    if submission.claim is None or await tail.claimed(session):
        return submission
    scope, idempotency_key, request_body = submission.claim
    replay = await _replay(
        session,
        settings=settings,
        scope=scope,
        idempotency_key=idempotency_key,
        request_body=request_body,
    )
    if replay is None:
        raise Conflict("this Idempotency-Key's submission is still being processed")
    return replay


async def _hashed(secret: str, iterations: int) -> str:
    # Many PBKDF2 rounds take milliseconds (with the GIL released): a thread keeps the event
    # loop answering. The default single round costs less than the thread hop itself.
    if iterations <= THREADED_HASH_ROUNDS:
        return hash_secret(secret, iterations)
    return await asyncio.to_thread(hash_secret, secret, iterations)


async def _replay(
    session: AsyncSession,
    *,
    settings: ComplaintsSettings,
    scope: str,
    idempotency_key: str,
    request_body: dict[str, Any],
) -> Submission | None:
    existing = await repository.by_idempotency(session, scope, key_hash(idempotency_key))
    if existing is None:
        return None
    if existing.request_fingerprint != fingerprint(request_body):
        raise Conflict("this Idempotency-Key was used for a different submission")
    secret = derived_secret(settings.tracking_pepper, scope, idempotency_key, str(existing.id))
    return Submission(existing, secret, created=False)


async def _record_receipt(
    session: AsyncSession,
    *,
    complaint: Complaint,
    complainant: ComplainantIn | None,
) -> None:
    if complainant is not None:
        person = Complainant(complaint_id=complaint.id, **complainant.model_dump())
        person.phone_hash = crypto.phone_hash(person.phone)
        await repository.add_complainant(session, person)
    await outbox.add(
        session,
        ComplaintReceived(
            complaint_id=complaint.id,
            category=complaint.category,
            target_department=complaint.target_department,
            channel=complaint.channel,
            target_post=complaint.target_post,
            first_contact_department=complaint.first_contact_department,
            handling_department=complaint.handling_department,
            anonymous=complaint.anonymous,
            event_date=complaint.event_date,
            received_at=complaint.received_at,
            acknowledge_due=complaint.acknowledge_due,
            acknowledge_due_provisional=complaint.acknowledge_due_provisional,
            handle_due=complaint.handle_due,
            handle_due_provisional=complaint.handle_due_provisional,
        ),
        subject=str(complaint.id),
    )


async def readable(
    session: AsyncSession,
    *,
    principal: Principal,
    complaint_id: uuid.UUID,
    lock: bool = False,
    hidden: bool = True,
) -> Complaint:
    """Gets a complaint the caller's department may read, else 404 (403 when not `hidden`).

    A reader outside the complaint's scope gets the same 404 as for a complaint that does
    not exist (nothing leaks existence); the routes that change a complaint keep their 403.
    """
    role = await directory.caller_role(session, principal.department)  # 403 whatever the id
    complaint = await repository.get(session, complaint_id, lock=lock)
    missing = NotFound(f"no complaint {complaint_id}")
    if complaint is None:
        raise missing
    if not may_read(
        principal.department,
        role,
        complaint.handling_department,
        complaint.first_contact_department,
        complaint.forwarded_by,
        complaint.overseen_by,
    ):
        if hidden:
            raise missing
        raise Forbidden("only the handling, first-contact and forwarding units and supervision")
    return complaint


async def accused(session: AsyncSession, department: str, complaint: Complaint) -> bool:
    """Tells whether a department is the one the complaint concerns or a unit below it."""
    return await directory.within(session, department, complaint.target_department)


async def hidden_from(session: AsyncSession, reader: str | None, complaint: Complaint) -> list[str]:
    """Gets the identity values removed from the texts this reader sees (petition rule).

    The accused unit reads the description and the messages without the complainant's
    name, phone or address, should the complainant have written them there.
    """
    if reader is None or complaint.anonymous or not await accused(session, reader, complaint):
        return []  # None: the complainant itself
    person = await repository.complainant(session, complaint.id)
    if person is None:
        return []
    return [v for v in (person.name, person.phone, person.address) if v]


async def view(session: AsyncSession, complaint: Complaint, reader: str) -> ComplaintRead:
    """Builds the officers' view of a complaint with its history, as this reader may see it."""
    read = ComplaintRead.model_validate(complaint)
    scope = SUGGESTED_SCOPE.get(Category(complaint.category))
    history = [StepRead.model_validate(s) for s in await repository.steps(session, complaint.id)]
    hidden = await hidden_from(session, reader, complaint)
    description = without_identity(complaint.description, hidden)
    # The place is the complainant's free text too: the accused reads it the same way.
    place = complaint.address_string and without_identity(complaint.address_string, hidden)
    # R10: a forwarded petition's result is owed to the petition office within its handling limit.
    owed = complaint.handle_due if complaint.feedback_to else None
    return read.model_copy(
        update={
            "steps": history,
            "suggested_scope": scope,
            "description": description,
            "address_string": place,
            "feedback_due": owed,
        }
    )


async def on_case_feedback(session: AsyncSession, envelope: Envelope) -> None:
    """Records supervision's result on the complaint its case came from (R5, R15)."""
    feedback = envelope.payload(CaseFeedbackGivenView)
    if feedback.complaint_id is None:
        return  # a case from another source
    complaint = await repository.get(session, feedback.complaint_id, lock=True)
    if complaint is None:
        return  # no such complaint here: nothing to feed back to
    complaint.accountability_result = feedback.note
    complaint.accountability_reported_at = feedback.fed_back_at
    await repository.add(
        session,
        Step(
            complaint_id=complaint.id,
            kind=StepKind.ACCOUNTABILITY_REPORTED,
            department=feedback.given_by,
            to_department=complaint.first_contact_department,
            note=feedback.note,
            at=feedback.fed_back_at,
        ),
    )
    await outbox.add(
        session,
        ComplaintAccountabilityReported(
            complaint_id=complaint.id,
            category=complaint.category,
            target_department=complaint.target_department,
            first_contact_department=complaint.first_contact_department,
            handling_department=complaint.handling_department,
            case_id=feedback.case_id,
            result=feedback.note,
            reported_at=feedback.fed_back_at,
        ),
        subject=str(complaint.id),
    )
