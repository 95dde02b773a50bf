"""Request and response bodies of fault filings (R14)."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import ConfigDict, Field

from services.referrals.sanctions.rules import Sanction
from shared.schemas import FROM_STRING, IsoDate, ReadModel, StrictModel


class FilingCreate(StrictModel):
    """A fault-handling result the filing department decided itself."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "title": "窗口工作人员推诿办事群众",
                    "fault": "市民办理营业执照时被要求重复提交材料。",
                    "outcome": "对当事人通报批评，并责令作出书面检查。",
                    "handled_on": "2026-11-20",
                    "persons": 1,
                    "sanctions": ["circulated_criticism", "written_self_criticism"],
                }
            ]
        }
    )

    title: str = Field(min_length=1, max_length=200)
    fault: str = Field(min_length=1, max_length=4000)
    outcome: str = Field(min_length=1, max_length=4000)
    handled_on: IsoDate = Field(description="the day the department decided; not in the future")
    persons: int = Field(ge=1, le=1000, description="officials held accountable")
    sanctions: list[Annotated[Sanction, FROM_STRING]] = Field(min_length=1, max_length=12)


class FilingRead(ReadModel):
    """A filed fault-handling result."""

    id: uuid.UUID
    filed_by: str
    title: str
    fault: str
    outcome: str
    handled_on: date
    persons: int
    sanctions: list[Sanction]
    filed_at: datetime
