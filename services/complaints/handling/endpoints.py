"""HTTP endpoints of handling a complaint: forwarding, reassignment, outcome, messages."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends

from services.complaints.complaints import service as complaint_service
from services.complaints.complaints.endpoints import HANDLER, Handler, Reader
from services.complaints.complaints.schemas import ComplaintRead
from services.complaints.config import SettingsDep
from services.complaints.handling import service
from services.complaints.handling.schemas import (
    Forwarding,
    HandlingResult,
    MessageCreate,
    MessageRead,
    Reassignment,
)
from shared.access import Holds, all_of, authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.directory import FunctionalRole
from shared.idempotency import IdempotencyDep

router = APIRouter(prefix="/complaints", tags=["complaints"])
Forwarder = Annotated[
    Principal,
    Depends(
        authorize(Role.OFFICER, condition=all_of(has_role(FunctionalRole.PETITION), Holds(HANDLER)))
    ),
]


@router.post("/{complaint_id}/forward", response_model=ComplaintRead)
async def forward_complaint(
    complaint_id: uuid.UUID,
    body: Forwarding,
    session: SessionDep,
    settings: SettingsDep,
    now: NowDep,
    principal: Forwarder,
) -> ComplaintRead:
    """Forwards a complaint (R10). Callers: PETITION while it handles the complaint."""
    complaint = await service.forward(
        session,
        principal=principal,
        complaint_id=complaint_id,
        body=body,
        now=now,
        settings=settings,
    )
    await session.commit()
    return await complaint_service.view(session, complaint, principal.department)


@router.post(
    "/{complaint_id}/reassign",
    response_model=ComplaintRead,
    responses=complaint_service.NO_SUPERVISION,
)
async def reassign_complaint(
    complaint_id: uuid.UUID,
    body: Reassignment,
    session: SessionDep,
    settings: SettingsDep,
    now: NowDep,
    principal: Handler,
) -> ComplaintRead:
    """Hands a complaint to a competent department, with the reason. Callers: the handler."""
    complaint = await service.reassign(
        session,
        principal=principal,
        complaint_id=complaint_id,
        body=body,
        now=now,
        settings=settings,
    )
    await session.commit()
    return await complaint_service.view(session, complaint, principal.department)


@router.post("/{complaint_id}/acknowledge", response_model=ComplaintRead)
async def acknowledge_complaint(
    complaint_id: uuid.UUID, session: SessionDep, now: NowDep, principal: Handler
) -> ComplaintRead:
    """Acknowledges the hand-over (R15: the unit now answers for it). Callers: the handler."""
    complaint = await service.acknowledge(
        session, principal=principal, complaint_id=complaint_id, now=now
    )
    await session.commit()
    return await complaint_service.view(session, complaint, principal.department)


@router.post(
    "/{complaint_id}/outcome",
    response_model=ComplaintRead,
    responses=complaint_service.NO_SUPERVISION,
)
async def record_outcome(
    complaint_id: uuid.UUID,
    body: HandlingResult,
    session: SessionDep,
    now: NowDep,
    principal: Handler,
) -> ComplaintRead:
    """Records findings and outcome; feeds back (R10), refers a fault. Callers: the handler."""
    complaint = await service.handle(
        session, principal=principal, complaint_id=complaint_id, body=body, now=now
    )
    await session.commit()
    return await complaint_service.view(session, complaint, principal.department)


@router.get("/{complaint_id}/messages", response_model=list[MessageRead])
async def list_messages(
    complaint_id: uuid.UUID, session: SessionDep, principal: Reader
) -> list[MessageRead]:
    """Gets the conversation with the complainant. Callers: the complaint's units, SUPERVISION."""
    complaint = await complaint_service.readable(
        session, principal=principal, complaint_id=complaint_id
    )
    return await service.messages(session, complaint, principal.department)


@router.post("/{complaint_id}/messages", status_code=201, response_model=MessageRead)
async def write_message(
    complaint_id: uuid.UUID,
    body: MessageCreate,
    session: SessionDep,
    now: NowDep,
    principal: Handler,
    idempotency: IdempotencyDep,
) -> MessageRead:
    """Writes to the complainant. Callers: the handling department."""
    message = await service.handler_message(
        session, principal=principal, complaint_id=complaint_id, body=body.body, now=now
    )
    read = MessageRead.model_validate(message)
    await idempotency.record(session, read)
    await session.commit()
    return read
