"""Request and response bodies of the operators' calendar."""

from datetime import date
from typing import Annotated

from pydantic import ConfigDict, Field

from shared.schemas import IsoDate, ReadModel, StrictModel


class CalendarDayCreate(StrictModel):
    """One day against the weekday rule: a weekday holiday or a working weekend day (调休)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"day": "2027-10-09", "working": True, "name": "国庆节调休"}]
        }
    )

    day: IsoDate
    working: bool = Field(description="true for an adjusted working day, false for a holiday")
    name: str = Field(default="", max_length=50)


class CalendarDayCorrection(StrictModel):
    """What a day is, entered or corrected at its own address."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"working": False, "name": "春节"}]})

    working: bool = Field(description="true for an adjusted working day, false for a holiday")
    name: str = Field(default="", max_length=50)


class CalendarUpdate(StrictModel):
    """Days to add or replace, and years to declare fully entered."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "days": [
                        {"day": "2027-10-01", "working": False, "name": "国庆节"},
                        {"day": "2027-10-09", "working": True, "name": "国庆节调休"},
                    ],
                    "years": [2027],
                }
            ]
        }
    )

    days: list[CalendarDayCreate] = Field(default_factory=list, max_length=400)
    years: list[Annotated[int, Field(ge=2000, le=2100)]] = Field(
        default_factory=list, max_length=20
    )


class CalendarDayRead(ReadModel):
    """An operator day."""

    day: date
    working: bool
    name: str


class CalendarRead(ReadModel):
    """The operators' additions to the package calendar."""

    days: list[CalendarDayRead]
    years: list[int]
