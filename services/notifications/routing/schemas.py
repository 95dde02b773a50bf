"""Request and response bodies of copy rules."""

from datetime import datetime

from pydantic import ConfigDict, Field

from shared.schemas import ReadModel, StrictModel


class ConditionIn(StrictModel):
    """The event's `field` must hold one of `values` (compared as text)."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"field": "category", "values": ["ten_prohibitions"]}]}
    )

    field: str = Field(min_length=1, max_length=100, pattern=r"^[a-z_][a-z0-9_]*$")
    values: list[str] = Field(min_length=1, max_length=50)


class CopyRuleCreate(StrictModel):
    """An admin rule: events of a type (and condition) are copied to departments."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "event_type": "complaints.complaint.escalated.v1",
                    "condition": {"field": "category", "values": ["ten_prohibitions"]},
                    "departments": ["SZ-PERSONNEL"],
                    "description": "违反十条禁令的投诉升级时抄送人事局",
                }
            ]
        }
    )

    event_type: str = Field(min_length=1, max_length=200)
    condition: ConditionIn | None = None
    departments: list[str] = Field(min_length=1, max_length=50)
    description: str = Field(min_length=1, max_length=500)


class CopyRuleSwitch(StrictModel):
    """Switches an admin rule on or off."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"enabled": False}]})

    enabled: bool


class CopyRuleRead(ReadModel):
    """A copy rule; mandatory rules have `mandatory` true and cannot be switched off."""

    id: str
    event_type: str
    condition_field: str | None
    condition_values: list[str]
    departments: list[str]
    roles: list[str]
    fields: list[str]  # the event's fields naming the departments reached
    description: str
    enabled: bool
    mandatory: bool
    created_at: datetime | None
