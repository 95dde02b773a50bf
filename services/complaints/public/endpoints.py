"""Public endpoints: the web form, and tracking with the code and secret (rate-limited)."""

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request, Response, status

from services.complaints.complaints import service as complaint_service
from services.complaints.complaints.endpoints import SubmissionKey, receipt
from services.complaints.complaints.rules import Channel
from services.complaints.complaints.schemas import ComplaintCreate, ComplaintReceipt
from services.complaints.config import SettingsDep
from services.complaints.handling import service as handling_service
from services.complaints.handling.schemas import AppraisalCreate, MessageCreate
from services.complaints.public import service
from services.complaints.public.ratelimit import RATE_LIMITED, PublicClient
from services.complaints.public.schemas import PublicStatus
from shared.access import PUBLIC, Public
from shared.db import SessionDep
from shared.deps import NowDep
from shared.idempotency import IdempotencyKey, claim

# The web form needs no token; following a complaint needs its tracking code and secret.
SECRET_HOLDER = Public("following a complaint needs its tracking code and secret")
router = APIRouter(prefix="/public/complaints", tags=["public complaints"], responses=RATE_LIMITED)
Secret = Annotated[
    str,
    Header(
        alias="X-Complaint-Secret", min_length=1, max_length=100, description="The receipt's secret"
    ),
]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=ComplaintReceipt,
    responses=complaint_service.NO_SUPERVISION,
    dependencies=[Depends(PUBLIC)],
)
async def submit_complaint(
    body: ComplaintCreate,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    now: NowDep,
    _: PublicClient,
    idempotency_key: SubmissionKey = None,
) -> ComplaintReceipt:
    """Submits a complaint from the web form; keep the tracking code and secret. Callers: anyone."""
    submission = await complaint_service.submit(
        session,
        settings=settings,
        now=now,
        body=body,
        channel=Channel.WEB_FORM,
        principal=None,
        idempotency_key=idempotency_key,
    )
    await session.commit()
    submission = await complaint_service.settled(session, settings=settings, submission=submission)
    location = f"{router.prefix}/{submission.complaint.tracking_code}"
    return receipt(submission, response, location)


@router.get("/{code}", response_model=PublicStatus, dependencies=[Depends(SECRET_HOLDER)])
async def track_complaint(
    code: str, secret: Secret, session: SessionDep, settings: SettingsDep, _: PublicClient
) -> PublicStatus:
    """Gets the status, public result and messages. Callers: whoever holds code and secret."""
    complaint = await service.authenticate(session, settings=settings, code=code, secret=secret)
    return await service.status(session, complaint)


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
    settings: SettingsDep,
    now: NowDep,
    _: PublicClient,
    idempotency_key: IdempotencyKey = None,
) -> PublicStatus:
    """Writes to the handling department. Callers: whoever holds code and secret."""
    complaint = await service.authenticate(session, settings=settings, code=code, secret=secret)
    # Keys are claimed once the secret is checked and per complaint, so only its holder replays.
    idempotency = await claim(request, session, scope=f"public:{complaint.id}", key=idempotency_key)
    await handling_service.complainant_message(
        session, complaint=complaint, body=body.body, now=now
    )
    answer = await service.status(session, complaint)
    await idempotency.record(session, answer)
    await session.commit()
    return answer


@router.post(
    "/{code}/appraisal", response_model=PublicStatus, dependencies=[Depends(SECRET_HOLDER)]
)
async def appraise_handling(
    code: str,
    secret: Secret,
    body: AppraisalCreate,
    session: SessionDep,
    settings: SettingsDep,
    now: NowDep,
    _: PublicClient,
) -> PublicStatus:
    """Appraises a handled complaint, once (R17). Callers: whoever holds code and secret."""
    complaint = await service.authenticate(session, settings=settings, code=code, secret=secret)
    await handling_service.appraise(session, complaint=complaint, appraisal=body.appraisal, now=now)
    await session.commit()
    return await service.status(session, complaint)
