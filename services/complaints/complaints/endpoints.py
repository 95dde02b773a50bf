"""HTTP endpoints of complaints for departments' officers, and the time-limit check."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request, Response, status

from services.complaints.complaints import handling, repository, service
from services.complaints.complaints.deadlines import check_deadlines
from services.complaints.complaints.models import Complaint
from services.complaints.complaints.rules import (
    CHANNEL_ENTRANTS,
    PUBLIC_CHANNELS,
    Channel,
    Status,
)
from services.complaints.complaints.schemas import (
    ComplainantRead,
    ComplaintEntry,
    ComplaintRead,
    ComplaintReceipt,
    ComplaintSummary,
    DeadlineRun,
    Forwarding,
    HandlingResult,
    MessageCreate,
    MessageRead,
    Reassignment,
)
from services.complaints.complaints.tracking import IDEMPOTENCY_KEY_PATTERN
from shared.access import Case, Condition, Holds, Listed, all_of, any_of, authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.directory import FunctionalRole
from shared.pagination import Page, decode_cursor, encode_cursor

router = APIRouter(prefix="/complaints", tags=["complaints"])
admin_router = APIRouter(prefix="/admin", tags=["administration"])
# The relations of a complaint to departments that its routes' policies name.
HANDLER = "the complaint's handling department"
PARTIES = "the complaint's handling, first-contact or forwarding unit"
# Officers' channels: letters and visits by PETITION, the others by any listed department.
ENTRANTS: dict[str, Condition] = {
    channel.value: has_role(CHANNEL_ENTRANTS[channel]) if channel in CHANNEL_ENTRANTS else Listed()
    for channel in Channel
    if channel not in PUBLIC_CHANNELS
}
Entrant = Annotated[
    Principal, Depends(authorize(Role.OFFICER, condition=Case("channel", ENTRANTS)))
]
AnyListed = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=Listed()))]
Reader = Annotated[
    Principal,
    Depends(
        authorize(
            Role.OFFICER, condition=any_of(has_role(FunctionalRole.SUPERVISION), Holds(PARTIES))
        )
    ),
]
Handler = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=Holds(HANDLER)))]
Forwarder = Annotated[
    Principal,
    Depends(
        authorize(Role.OFFICER, condition=all_of(has_role(FunctionalRole.PETITION), Holds(HANDLER)))
    ),
]
Admin = Annotated[Principal, Depends(authorize(Role.ADMIN))]
IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        pattern=IDEMPOTENCY_KEY_PATTERN,
        description="16-100 characters (a UUID): a retried POST returns the same complaint",
    ),
]


def receipt(
    complaint: Complaint, secret: str, created: bool, response: Response, location: str
) -> ComplaintReceipt:
    """Builds the receipt of a submission (201 with Location; a replay says so)."""
    response.headers["Location"] = location
    if not created:
        response.headers["Idempotent-Replayed"] = "true"
    return ComplaintReceipt(
        id=complaint.id,
        tracking_code=complaint.tracking_code,
        secret=secret,
        status=Status(complaint.status),
        handling_department=complaint.handling_department,
        received_at=complaint.received_at,
        acknowledge_due=complaint.acknowledge_due,
        handle_due=complaint.handle_due,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=ComplaintReceipt,
    responses=service.NO_SUPERVISION,
)
async def register_complaint(
    body: ComplaintEntry,
    request: Request,
    response: Response,
    session: SessionDep,
    principal: Entrant,
    idempotency_key: IdempotencyKey = None,
) -> ComplaintReceipt:
    """Registers a complaint from a hotline, letters and visits (PETITION), media or inside.

    Callers: officers; letters and visits only by PETITION. The web form uses /public/complaints.
    """
    complaint, secret, created = await service.submit(
        session,
        request.app.state.settings,
        request.app.state.clock.now(),
        body,
        body.channel,
        principal,
        idempotency_key,
    )
    await session.commit()
    return receipt(complaint, secret, created, response, f"{router.prefix}/{complaint.id}")


@router.get("", response_model=Page[ComplaintSummary])
async def list_complaints(
    session: SessionDep,
    principal: AnyListed,
    status_: Annotated[Status | None, Query(alias="status")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[ComplaintSummary]:
    """Lists complaints, newest first. Callers: officers (their units'; SUPERVISION: all)."""
    role = await service.role_of(session, principal.department)
    visible_to = None if role == FunctionalRole.SUPERVISION else principal.department
    after = decode_cursor(cursor) if cursor else None
    rows = await repository.page(session, visible_to, limit + 1, after, status_)
    items = [ComplaintSummary.model_validate(row) for row in rows[:limit]]
    more = len(rows) > limit
    next_cursor = encode_cursor(items[-1].received_at, items[-1].id) if more else None
    return Page[ComplaintSummary](items=items, next_cursor=next_cursor)


@router.get("/{complaint_id}", response_model=ComplaintRead)
async def read_complaint(
    complaint_id: uuid.UUID, session: SessionDep, principal: Reader
) -> ComplaintRead:
    """Gets a complaint and its history (no identity). Callers: its units and SUPERVISION."""
    return await service.view(session, await service.readable(session, principal, complaint_id))


@router.get("/{complaint_id}/complainant", response_model=ComplainantRead)
async def read_complainant(
    complaint_id: uuid.UUID,
    request: Request,
    session: SessionDep,
    principal: Handler,
    purpose: Annotated[str | None, Query(max_length=200)] = None,
) -> ComplainantRead:
    """Gets the complainant's identity; the read is logged. Callers: the handling department."""
    person = await service.read_identity(
        session, principal, complaint_id, purpose, request.app.state.clock.now()
    )
    await session.commit()
    return ComplainantRead.model_validate(person)


@router.post("/{complaint_id}/forward", response_model=ComplaintRead)
async def forward_complaint(
    complaint_id: uuid.UUID,
    body: Forwarding,
    request: Request,
    session: SessionDep,
    principal: Forwarder,
) -> ComplaintRead:
    """Forwards a complaint (R10). Callers: PETITION while it handles the complaint."""
    complaint = await handling.forward(
        session,
        principal,
        complaint_id,
        body,
        request.app.state.clock.now(),
        request.app.state.settings,
    )
    await session.commit()
    return await service.view(session, complaint)


@router.post(
    "/{complaint_id}/reassign", response_model=ComplaintRead, responses=service.NO_SUPERVISION
)
async def reassign_complaint(
    complaint_id: uuid.UUID,
    body: Reassignment,
    request: Request,
    session: SessionDep,
    principal: Handler,
) -> ComplaintRead:
    """Hands a complaint to a competent department, with the reason. Callers: the handler."""
    complaint = await handling.reassign(
        session,
        principal,
        complaint_id,
        body,
        request.app.state.clock.now(),
        request.app.state.settings,
    )
    await session.commit()
    return await service.view(session, complaint)


@router.post("/{complaint_id}/acknowledge", response_model=ComplaintRead)
async def acknowledge_complaint(
    complaint_id: uuid.UUID, request: Request, session: SessionDep, principal: Handler
) -> ComplaintRead:
    """Acknowledges the hand-over (R15: the unit now answers for it). Callers: the handler."""
    complaint = await handling.acknowledge(
        session, principal, complaint_id, request.app.state.clock.now()
    )
    await session.commit()
    return await service.view(session, complaint)


@router.post(
    "/{complaint_id}/outcome", response_model=ComplaintRead, responses=service.NO_SUPERVISION
)
async def record_outcome(
    complaint_id: uuid.UUID,
    body: HandlingResult,
    request: Request,
    session: SessionDep,
    principal: Handler,
) -> ComplaintRead:
    """Records findings and outcome; feeds back (R10), refers a fault. Callers: the handler."""
    complaint = await handling.handle(
        session, principal, complaint_id, body, request.app.state.clock.now()
    )
    await session.commit()
    return await service.view(session, complaint)


@router.get("/{complaint_id}/messages", response_model=list[MessageRead])
async def list_messages(
    complaint_id: uuid.UUID, session: SessionDep, principal: Reader
) -> list[MessageRead]:
    """Gets the conversation with the complainant. Callers: the complaint's units, SUPERVISION."""
    complaint = await service.readable(session, principal, complaint_id)
    return [MessageRead.model_validate(m) for m in await repository.messages(session, complaint.id)]


@router.post("/{complaint_id}/messages", status_code=201, response_model=MessageRead)
async def write_message(
    complaint_id: uuid.UUID,
    body: MessageCreate,
    request: Request,
    session: SessionDep,
    principal: Handler,
) -> MessageRead:
    """Writes to the complainant. Callers: the handling department."""
    message = await handling.handler_message(
        session, principal, complaint_id, body.body, request.app.state.clock.now()
    )
    await session.commit()
    return MessageRead.model_validate(message)


@admin_router.post("/deadline-checks", response_model=DeadlineRun, responses=service.NO_SUPERVISION)
async def run_deadline_check(request: Request, session: SessionDep, _: Admin) -> DeadlineRun:
    """Runs the time-limit check now, on the service's clock. Callers: administrators."""
    now = request.app.state.clock.now()
    run = await check_deadlines(session, now, request.app.state.settings)
    await session.commit()
    return run
