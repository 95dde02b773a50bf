"""HTTP endpoints of the complaint itself: registering, listing and reading complaints.

Also the access policies every officers' route of complaints shares.
"""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Response, status

from services.complaints.complaints import identity, repository, service
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
    IdentityReadRecord,
)
from services.complaints.config import SettingsDep
from services.complaints.database import directory
from shared.access import Case, Condition, Holds, Listed, any_of, authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.directory import FunctionalRole
from shared.idempotency import KEY_PATTERN
from shared.pagination import Page, decode_cursor, encode_cursor

# The `complaints` tag's text in the OpenAPI document.
TAGS = {"complaints": "Complaints registered, read and handled by departments' officers."}
router = APIRouter(prefix="/complaints", tags=["complaints"])
# The relations of a complaint to departments that its routes' policies name.
HANDLER = "the complaint's handling department"
PARTIES = "the complaint's handling, first-contact, forwarding or overseeing unit"
# Who reads the complainant's identity (the petition rule): never the accused unit.
IDENTITY_READERS = (
    "the complaint's handling, forwarding or overseeing unit, outside the unit it concerns"
)
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
IdentityReader = Annotated[
    Principal, Depends(authorize(Role.OFFICER, condition=Holds(IDENTITY_READERS)))
]
Supervision = Annotated[
    Principal, Depends(authorize(Role.OFFICER, condition=has_role(FunctionalRole.SUPERVISION)))
]
SubmissionKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        pattern=KEY_PATTERN,
        description="16-100 characters (a UUID): a retried POST returns the same complaint",
    ),
]


def receipt(submission: service.Submission, response: Response, location: str) -> ComplaintReceipt:
    """Builds the receipt of a submission (201 with Location; a replay says so)."""
    response.headers["Location"] = location
    if not submission.created:
        response.headers["Idempotent-Replayed"] = "true"
    complaint = submission.complaint
    return ComplaintReceipt(
        id=complaint.id,
        tracking_code=complaint.tracking_code,
        secret=submission.secret,
        status=Status(complaint.status),
        handling_department=complaint.handling_department,
        received_at=complaint.received_at,
        acknowledge_due=complaint.acknowledge_due,
        acknowledge_due_provisional=complaint.acknowledge_due_provisional,
        handle_due=complaint.handle_due,
        handle_due_provisional=complaint.handle_due_provisional,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=ComplaintReceipt,
    responses=service.NO_SUPERVISION,
)
async def register_complaint(
    body: ComplaintEntry,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    now: NowDep,
    principal: Entrant,
    idempotency_key: SubmissionKey = None,
) -> ComplaintReceipt:
    """Registers a complaint from a hotline, letters and visits (PETITION), media or inside.

    Callers: officers; letters and visits only by PETITION. The web form uses /public/complaints.
    """
    submission = await service.submit(
        session,
        settings=settings,
        now=now,
        body=body,
        channel=body.channel,
        principal=principal,
        idempotency_key=idempotency_key,
    )
    await session.commit()
    submission = await service.settled(session, settings=settings, submission=submission)
    return receipt(submission, response, f"{router.prefix}/{submission.complaint.id}")


@router.get("", response_model=Page[ComplaintSummary])
async def list_complaints(
    session: SessionDep,
    principal: AnyListed,
    status_: Annotated[Status | None, Query(alias="status")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[ComplaintSummary]:
    """Lists complaints, newest first. Callers: officers (their units'; SUPERVISION: all)."""
    role = await directory.caller_role(session, principal.department)
    rows = await repository.page(
        session,
        visible_to=None if role == FunctionalRole.SUPERVISION else principal.department,
        limit=limit + 1,
        after=decode_cursor(cursor) if cursor else None,
        status=status_,
    )
    items = [ComplaintSummary.model_validate(row) for row in rows[:limit]]
    more = len(rows) > limit
    next_cursor = encode_cursor(items[-1].received_at, items[-1].id) if more else None
    return Page[ComplaintSummary](items=items, next_cursor=next_cursor)


@router.get("/{complaint_id}", response_model=ComplaintRead)
async def read_complaint(
    complaint_id: uuid.UUID, session: SessionDep, principal: Reader
) -> ComplaintRead:
    """Gets a complaint and its history (no identity). Callers: its units and SUPERVISION."""
    complaint = await service.readable(session, principal=principal, complaint_id=complaint_id)
    return await service.view(session, complaint, principal.department)


@router.get("/{complaint_id}/complainant", response_model=ComplainantRead)
async def read_complainant(
    complaint_id: uuid.UUID,
    session: SessionDep,
    now: NowDep,
    principal: IdentityReader,
    purpose: Annotated[
        str, Query(min_length=1, max_length=200, description="why the identity is read")
    ],
) -> ComplainantRead:
    """Gets the complainant's identity for a stated purpose; the read is logged.

    Callers: the handling or forwarding unit or the overseer, never the accused unit
    (petition rule: 403 conflict of interest).
    """
    person = await identity.read(
        session, principal=principal, complaint_id=complaint_id, purpose=purpose, now=now
    )
    await session.commit()
    return ComplainantRead.model_validate(person)


@router.get("/{complaint_id}/complainant-reads", response_model=list[IdentityReadRecord])
async def list_identity_reads(
    complaint_id: uuid.UUID, session: SessionDep, principal: Supervision
) -> list[IdentityReadRecord]:
    """Lists who read the complainant's identity, when and why. Callers: SUPERVISION."""
    complaint = await service.readable(session, principal=principal, complaint_id=complaint_id)
    return [IdentityReadRecord.model_validate(r) for r in await identity.reads(session, complaint)]
