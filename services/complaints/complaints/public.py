"""Public endpoints: the web form, and tracking with the code and secret (rate-limited)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request, Response, status

from services.complaints.complaints import handling, repository, service
from services.complaints.complaints.endpoints import IdempotencyKey, receipt
from services.complaints.complaints.models import Complaint
from services.complaints.complaints.ratelimit import RATE_LIMITED, PublicClient
from services.complaints.complaints.rules import Channel
from services.complaints.complaints.schemas import (
    AppraisalCreate,
    ComplaintCreate,
    ComplaintReceipt,
    MessageCreate,
    MessageRead,
    PublicStatus,
)
from shared.access import PUBLIC, Public
from shared.db import SessionDep

# The web form needs no token; following a complaint needs its tracking code and secret.
SECRET_HOLDER = Public("following a complaint needs its tracking code and secret")
router = APIRouter(prefix="/public/complaints", tags=["public complaints"], responses=RATE_LIMITED)
Secret = Annotated[
    str,
    Header(
        alias="X-Complaint-Secret", min_length=1, max_length=100, description="The receipt's secret"
    ),
]


async def _status(session: SessionDep, complaint: Complaint) -> PublicStatus:
    messages = [
        MessageRead.model_validate(m) for m in await repository.messages(session, complaint.id)
    ]
    return PublicStatus.model_validate(complaint).model_copy(update={"messages": messages})


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=ComplaintReceipt,
    responses=service.NO_SUPERVISION,
    dependencies=[Depends(PUBLIC)],
)
async def submit_complaint(
    body: ComplaintCreate,
    request: Request,
    response: Response,
    session: SessionDep,
    _: PublicClient,
    idempotency_key: IdempotencyKey = None,
) -> ComplaintReceipt:
    """Submits a complaint from the web form; keep the tracking code and secret. Callers: anyone."""
    complaint, secret, created = await service.submit(
        session,
        request.app.state.settings,
        request.app.state.clock.now(),
        body,
        Channel.WEB_FORM,
        None,
        idempotency_key,
    )
    await session.commit()
    return receipt(
        complaint, secret, created, response, f"{router.prefix}/{complaint.tracking_code}"
    )


@router.get("/{code}", response_model=PublicStatus, dependencies=[Depends(SECRET_HOLDER)])
async def track_complaint(
    code: str, secret: Secret, request: Request, session: SessionDep, _: PublicClient
) -> PublicStatus:
    """Gets the status, public result and messages. Callers: whoever holds code and secret."""
    complaint = await service.authenticate(session, request.app.state.settings, code, secret)
    return await _status(session, complaint)


@router.post(
    "/{code}/messages",
    status_code=201,
    response_model=PublicStatus,
    dependencies=[Depends(SECRET_HOLDER)],
)
async def write_to_handler(
    code: str,
    secret: Secret,
    body: MessageCreate,
    request: Request,
    session: SessionDep,
    _: PublicClient,
) -> PublicStatus:
    """Writes to the handling department. Callers: whoever holds code and secret."""
    complaint = await service.authenticate(session, request.app.state.settings, code, secret)
    await handling.complainant_message(session, complaint, body.body, request.app.state.clock.now())
    await session.commit()
    return await _status(session, complaint)


@router.post(
    "/{code}/appraisal", response_model=PublicStatus, dependencies=[Depends(SECRET_HOLDER)]
)
async def appraise_handling(
    code: str,
    secret: Secret,
    body: AppraisalCreate,
    request: Request,
    session: SessionDep,
    _: PublicClient,
) -> PublicStatus:
    """Appraises a handled complaint, once (R17). Callers: whoever holds code and secret."""
    complaint = await service.authenticate(session, request.app.state.settings, code, secret)
    await handling.appraise(session, complaint, body.appraisal, request.app.state.clock.now())
    await session.commit()
    return await _status(session, complaint)
