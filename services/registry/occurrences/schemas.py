"""Request and response bodies of recurring duties."""

import uuid
from datetime import date
from typing import Annotated

from pydantic import ConfigDict, Field

from services.registry.occurrences.rules import DueRule, OccurrenceStatus, Recurrence
from shared.schemas import FROM_STRING, ReadModel, StrictModel


class RecurrenceSpec(StrictModel):
    """How a task recurs and when each period is due: one of the three due rules."""

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"every": "quarterly", "working_days_after": 10}]}
    )

    every: Annotated[Recurrence, FROM_STRING] = Field(description="quarterly, half_yearly, yearly")
    days_after: int | None = Field(
        default=None, ge=0, le=366, description="N calendar days after the period ends"
    )
    working_days_after: int | None = Field(
        default=None, ge=1, le=250, description="N working days after the period ends"
    )
    by_month: int | None = Field(
        default=None, ge=1, le=12, description="by the end of the period's k-th month"
    )

    def due_rule(self) -> DueRule:
        """Gets the due rule the body names."""
        return DueRule(self.days_after, self.working_days_after, self.by_month)


class OccurrenceProgress(StrictModel):
    """The lead unit's progress on one period's occurrence; 100 completes it."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"progress": 100}]})

    progress: int = Field(ge=0, le=100)


class OccurrenceRead(ReadModel):
    """One period of a recurring task."""

    id: uuid.UUID
    task_id: uuid.UUID
    period: str = Field(description="2026-Q3, 2026-H1 or 2026")
    starts_on: date
    ends_on: date
    due: date
    due_provisional: bool
    status: OccurrenceStatus
    progress: int
    finished_on: date | None


class OccurrenceRun(ReadModel):
    """What one run of the period-duties job did."""

    today: date
    occurrences_opened: int
    occurrences_overdue: int
    channel_publication: str | None = Field(description="the quarter published by this run")
    white_papers_late: int
