"""Holding the quarter's joint meeting on its pack, and issuing its minutes (R7)."""

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.database import audit, outbox
from services.referrals.events import MinutesIssued
from services.referrals.joint_meetings import repository
from services.referrals.joint_meetings.models import JointMeeting
from services.referrals.joint_meetings.rules import PARTICIPANTS
from services.referrals.joint_meetings.schemas import MeetingCreate, MeetingRead
from services.referrals.statistics import service as statistics_service
from services.referrals.statistics.schemas import JointMeetingPack
from shared.auth import Principal
from shared.errors import Conflict, NotFound, invalid_field
from shared.workdays import quarter_bounds


async def hold(
    session: AsyncSession, *, principal: Principal, body: MeetingCreate, now: datetime
) -> JointMeeting:
    """Holds the quarter's meeting now; its agenda is the quarter's pack as of now (R7)."""
    start, end = quarter_bounds(body.year, body.quarter)
    if start > now:
        raise invalid_field("the quarter has not begun", "quarter", kind="future")
    pack = await statistics_service.joint_meeting_pack(
        session, period=f"{body.year}-Q{body.quarter}", start=start, end=end, as_of=now
    )
    meeting_id = await repository.insert_once(
        session,
        year=body.year,
        quarter=body.quarter,
        convened_by=principal.department,
        held_at=now,
        agenda=pack.model_dump(mode="json"),
    )
    if meeting_id is None:
        raise Conflict(f"the joint meeting of {body.year}-Q{body.quarter} was already held")
    # Last before the commit: the audit lock is held only from here to the commit.
    await audit.append(
        session,
        principal=principal,
        at=now,
        action="joint_meeting.held",
        record=("joint_meeting", meeting_id),
        detail={"year": body.year, "quarter": body.quarter},
    )
    return await found(session, meeting_id)


async def found(session: AsyncSession, meeting_id: uuid.UUID, lock: bool = False) -> JointMeeting:
    """Gets a meeting (404 when there is none)."""
    meeting = await repository.get(session, meeting_id, lock=lock)
    if meeting is None:
        raise NotFound(f"no joint meeting {meeting_id}")
    return meeting


async def issue_minutes(
    session: AsyncSession,
    *,
    principal: Principal,
    meeting_id: uuid.UUID,
    minutes: str,
    now: datetime,
) -> JointMeeting:
    """Records the minutes and issues them to every participant (R7), once."""
    meeting = await found(session, meeting_id, lock=True)
    if meeting.minutes_issued_at is not None:
        raise Conflict("the minutes were already issued")
    meeting.minutes, meeting.minutes_issued_at = minutes, now
    await outbox.add(
        session,
        MinutesIssued(
            meeting_id=meeting.id,
            title=f"{meeting.year}年第{meeting.quarter}季度联席会议纪要",
            year=meeting.year,
            quarter=meeting.quarter,
            convened_by=meeting.convened_by,
            minutes=minutes,
            issued_at=now,
        ),
        subject=str(meeting.id),
    )
    # Last before the commit: the audit lock is held only from here to the commit.
    await audit.append(
        session,
        principal=principal,
        at=now,
        action="joint_meeting.minutes_issued",
        record=("joint_meeting", meeting.id),
    )
    return meeting


def view(meeting: JointMeeting) -> MeetingRead:
    """Builds the response of a meeting."""
    return MeetingRead(
        id=meeting.id,
        year=meeting.year,
        quarter=meeting.quarter,
        convened_by=meeting.convened_by,
        held_at=meeting.held_at,
        participants=[str(p) for p in PARTICIPANTS],
        agenda=JointMeetingPack.model_validate(meeting.agenda),
        minutes=meeting.minutes,
        minutes_issued_at=meeting.minutes_issued_at,
    )
