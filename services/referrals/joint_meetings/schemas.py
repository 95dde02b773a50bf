"""Request and response bodies of joint meetings (R7)."""

import uuid
from datetime import datetime

from pydantic import ConfigDict, Field

from services.referrals.statistics.schemas import JointMeetingPack
from shared.schemas import ReadModel, StrictModel


class MeetingCreate(StrictModel):
    """The quarter a joint meeting is held for (it is held when recorded)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"year": 2026, "quarter": 4}]})

    year: int = Field(ge=2000, le=2100)
    quarter: int = Field(ge=1, le=4)


class Minutes(StrictModel):
    """The minutes of a joint meeting, issued to the participants."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"minutes": "会议通报本季度移送、问责情况，议定下季度重点。"}]
        }
    )

    minutes: str = Field(min_length=1, max_length=20000)


class MeetingRead(ReadModel):
    """A joint meeting: its participants, agenda (the quarter's pack) and minutes."""

    id: uuid.UUID
    year: int
    quarter: int
    convened_by: str
    held_at: datetime
    participants: list[str]
    agenda: JointMeetingPack
    minutes: str | None
    minutes_issued_at: datetime | None
