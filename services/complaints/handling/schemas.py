"""Request and response bodies of handling: forwarding, reassignment, outcome, messages."""

from datetime import datetime
from typing import Annotated

from pydantic import ConfigDict, Field

from services.complaints.complaints.rules import Appraisal, Outcome
from services.complaints.complaints.schemas import Department, Text4000
from shared.schemas import FROM_STRING, ReadModel, StrictModel


class Forwarding(StrictModel):
    """PETITION forwards a complaint to a department (R10)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"to_department": "SZ-URBAN-MGMT", "note": "请按期办理并反馈。"}]
        }
    )

    to_department: Department
    note: str | None = Field(default=None, max_length=2000)


class Reassignment(StrictModel):
    """The handling department is not competent: the complaint moves on, with the reason."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"to_department": "SZ-TRANSPORT", "reason": "事项属交通部门职责。"}]
        }
    )

    to_department: Department
    reason: str = Field(min_length=1, max_length=2000)


class HandlingResult(StrictModel):
    """The handler's findings and outcome; only `public_result` reaches the complainant."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "outcome": "substantiated",
                    "findings": "经查，许可申请确有超期未答复。",
                    "legal_basis": "《行政许可法》第四十二条",
                    "public_result": "投诉属实，已责令限期答复并追究责任。",
                    "internal_notes": "移送监察局。",
                }
            ]
        }
    )

    outcome: Annotated[Outcome, FROM_STRING]
    findings: Text4000
    legal_basis: str = Field(min_length=1, max_length=2000)
    public_result: Text4000
    internal_notes: str | None = Field(default=None, max_length=4000)


class MessageCreate(StrictModel):
    """A message to the other side of the complaint."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"body": "请问办理进展如何？"}]})

    body: Text4000


class MessageRead(ReadModel):
    """A message of the conversation."""

    author: str
    body: str
    created_at: datetime


class AppraisalCreate(StrictModel):
    """The complainant's appraisal of a handled complaint."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"appraisal": "satisfied"}]})

    appraisal: Annotated[Appraisal, FROM_STRING]
