from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.review_outcome import check_review_outcome
from ..models.review_outcome import ReviewOutcome
from ..models.white_paper_status import check_white_paper_status
from ..models.white_paper_status import WhitePaperStatus
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.paper_completion import PaperCompletion
  from ..models.paper_task import PaperTask
  from ..models.white_paper_read_previous_year_assessment_type_0 import WhitePaperReadPreviousYearAssessmentType0


T = TypeVar("T", bound="WhitePaperRead")


@_attrs_define
class WhitePaperRead:
    """ A white paper version.

        Attributes:
            id (UUID):
            department (str):
            year (int):
            version (int):
            status (WhitePaperStatus): A white paper is edited as a draft; once published it never changes.
            duties (str):
            goals (str):
            schedule (str):
            tasks (list[PaperTask]):
            previous_year (list[PaperCompletion]):
            previous_year_assessment (None | WhitePaperReadPreviousYearAssessmentType0): the department's scorecard of the
                previous year's published evaluation (评估): total, rank, each indicator's score (loop 1)
            created_at (datetime.datetime):
            published_at (datetime.datetime | None):
            late (bool): R13: published after the end of February of its year
            review_outcome (None | ReviewOutcome): SUPERVISION's review (R13)
            review_findings (None | str):
            reviewed_by (None | str):
            reviewed_at (datetime.datetime | None):
     """

    id: UUID
    department: str
    year: int
    version: int
    status: WhitePaperStatus
    duties: str
    goals: str
    schedule: str
    tasks: list[PaperTask]
    previous_year: list[PaperCompletion]
    previous_year_assessment: None | WhitePaperReadPreviousYearAssessmentType0
    created_at: datetime.datetime
    published_at: datetime.datetime | None
    late: bool
    review_outcome: None | ReviewOutcome
    review_findings: None | str
    reviewed_by: None | str
    reviewed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.paper_completion import PaperCompletion # noqa: PLC0415
        from ..models.paper_task import PaperTask # noqa: PLC0415
        from ..models.white_paper_read_previous_year_assessment_type_0 import WhitePaperReadPreviousYearAssessmentType0 # noqa: PLC0415
        id = str(self.id)

        department = self.department

        year = self.year

        version = self.version

        status: str = self.status

        duties = self.duties

        goals = self.goals

        schedule = self.schedule

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        previous_year = []
        for previous_year_item_data in self.previous_year:
            previous_year_item = previous_year_item_data.to_dict()
            previous_year.append(previous_year_item)

        previous_year_assessment: dict[str, Any] | None
        if isinstance(self.previous_year_assessment, WhitePaperReadPreviousYearAssessmentType0):
            previous_year_assessment = self.previous_year_assessment.to_dict()
        else:
            previous_year_assessment = self.previous_year_assessment

        created_at = self.created_at.isoformat()

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        late = self.late

        review_outcome: None | str
        if isinstance(self.review_outcome, str):
            review_outcome = self.review_outcome
        else:
            review_outcome = self.review_outcome

        review_findings: None | str
        review_findings = self.review_findings

        reviewed_by: None | str
        reviewed_by = self.reviewed_by

        reviewed_at: None | str
        if isinstance(self.reviewed_at, datetime.datetime):
            reviewed_at = self.reviewed_at.isoformat()
        else:
            reviewed_at = self.reviewed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "department": department,
            "year": year,
            "version": version,
            "status": status,
            "duties": duties,
            "goals": goals,
            "schedule": schedule,
            "tasks": tasks,
            "previous_year": previous_year,
            "previous_year_assessment": previous_year_assessment,
            "created_at": created_at,
            "published_at": published_at,
            "late": late,
            "review_outcome": review_outcome,
            "review_findings": review_findings,
            "reviewed_by": reviewed_by,
            "reviewed_at": reviewed_at,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.paper_completion import PaperCompletion # noqa: PLC0415
        from ..models.paper_task import PaperTask # noqa: PLC0415
        from ..models.white_paper_read_previous_year_assessment_type_0 import WhitePaperReadPreviousYearAssessmentType0 # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        department = d.pop("department")

        year = d.pop("year")

        version = d.pop("version")

        status = check_white_paper_status(d.pop("status"))

        duties = d.pop("duties")

        goals = d.pop("goals")

        schedule = d.pop("schedule")

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in (_tasks):
            tasks_item = PaperTask.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        previous_year = []
        _previous_year = d.pop("previous_year")
        for previous_year_item_data in (_previous_year):
            previous_year_item = PaperCompletion.from_dict(previous_year_item_data)

            previous_year.append(previous_year_item)

        def _parse_previous_year_assessment(data: object) -> None | WhitePaperReadPreviousYearAssessmentType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                previous_year_assessment_type_0 = WhitePaperReadPreviousYearAssessmentType0.from_dict(data)

                return previous_year_assessment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | WhitePaperReadPreviousYearAssessmentType0, data)

        previous_year_assessment = _parse_previous_year_assessment(d.pop("previous_year_assessment"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        late = d.pop("late")

        def _parse_review_outcome(data: object) -> None | ReviewOutcome:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_outcome_type_0 = check_review_outcome(data)

                return review_outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewOutcome, data)

        review_outcome = _parse_review_outcome(d.pop("review_outcome"))

        def _parse_review_findings(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        review_findings = _parse_review_findings(d.pop("review_findings"))

        def _parse_reviewed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reviewed_by = _parse_reviewed_by(d.pop("reviewed_by"))

        def _parse_reviewed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reviewed_at_type_0 = datetime.datetime.fromisoformat(data)

                return reviewed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        reviewed_at = _parse_reviewed_at(d.pop("reviewed_at"))

        white_paper_read = cls(
            id=id,
            department=department,
            year=year,
            version=version,
            status=status,
            duties=duties,
            goals=goals,
            schedule=schedule,
            tasks=tasks,
            previous_year=previous_year,
            previous_year_assessment=previous_year_assessment,
            created_at=created_at,
            published_at=published_at,
            late=late,
            review_outcome=review_outcome,
            review_findings=review_findings,
            reviewed_by=reviewed_by,
            reviewed_at=reviewed_at,
        )

        white_paper_read.additional_properties = d
        return white_paper_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
