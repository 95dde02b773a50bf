"""HTTP endpoints of joint meetings (联席会议, R7)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Response, status

from services.referrals.joint_meetings import service
from services.referrals.joint_meetings.rules import CONVENERS, READERS
from services.referrals.joint_meetings.schemas import MeetingCreate, MeetingRead, Minutes
from shared.access import authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.idempotency import IdempotencyDep

router = APIRouter(prefix="/joint-meetings", tags=["joint meetings"])
Convener = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*CONVENERS)))]
Reader = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*READERS)))]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=MeetingRead)
async def hold(
    body: MeetingCreate,
    now: NowDep,
    session: SessionDep,
    principal: Convener,
    response: Response,
    idempotency: IdempotencyDep,
) -> MeetingRead:
    """Holds the quarter's joint meeting on the quarter's pack (R7). Callers: SUPERVISION."""
    meeting = await service.hold(session, principal=principal, body=body, now=now)
    read, location = service.view(meeting), f"{router.prefix}/{meeting.id}"
    await idempotency.record(session, read, location=location)
    await session.commit()
    response.headers["Location"] = location
    return read


@router.get("/{meeting_id}", response_model=MeetingRead)
async def read_meeting(meeting_id: uuid.UUID, session: SessionDep, _: Reader) -> MeetingRead:
    """Gets a joint meeting. Callers: the participants and the government office."""
    return service.view(await service.found(session, meeting_id))


@router.post("/{meeting_id}/minutes", response_model=MeetingRead)
async def minutes(
    meeting_id: uuid.UUID, body: Minutes, now: NowDep, session: SessionDep, principal: Convener
) -> MeetingRead:
    """Records the minutes and issues them to the participants (R7). Callers: SUPERVISION."""
    meeting = await service.issue_minutes(
        session, principal=principal, meeting_id=meeting_id, minutes=body.minutes, now=now
    )
    read = service.view(meeting)
    await session.commit()
    return read
