"""Request and response bodies of urge notices."""

import uuid
from datetime import date, datetime

from pydantic import ConfigDict, Field

from shared.schemas import IsoDate, ReadModel, StrictModel


class UrgeNoticeCreate(StrictModel):
    """An urge notice with the new deadline it sets."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "new_deadline": "2006-06-30",
                    "content": "请于2006年6月30日前完成并书面报告办理情况。",
                }
            ]
        }
    )

    new_deadline: IsoDate
    content: str = Field(min_length=1, max_length=4000)


class UrgeNoticeRead(ReadModel):
    """An issued urge notice."""

    id: uuid.UUID
    task_id: uuid.UUID
    sequence: int
    new_deadline: date
    content: str
    issued_by: str
    issued_at: datetime
    referred_to_supervision: bool = False
