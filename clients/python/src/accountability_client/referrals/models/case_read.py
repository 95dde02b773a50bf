from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.case_source import CaseSource
from ..models.case_source import check_case_source
from ..models.case_status import CaseStatus
from ..models.case_status import check_case_status
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.decision_read import DecisionRead


T = TypeVar("T", bound="CaseRead")


@_attrs_define
class CaseRead:
    """ A case at supervision.

        Attributes:
            id (UUID):
            source (CaseSource): Where a case comes from; each source item opens at most one case.
            source_id (UUID):
            title (str):
            summary (str):
            referring_department (None | str):
            concerned_department (None | str):
            status (CaseStatus): The steps of a case.
            status_changed_at (datetime.datetime):
            due_date (datetime.date | None):
            due_date_provisional (bool): the working-day date crosses a year whose holidays nobody entered
            rejection_reason (None | str):
            feedback_note (None | str):
            opened_at (datetime.datetime):
            escalated (list[str] | Unset):
            decision (DecisionRead | None | Unset):
     """

    id: UUID
    source: CaseSource
    source_id: UUID
    title: str
    summary: str
    referring_department: None | str
    concerned_department: None | str
    status: CaseStatus
    status_changed_at: datetime.datetime
    due_date: datetime.date | None
    due_date_provisional: bool
    rejection_reason: None | str
    feedback_note: None | str
    opened_at: datetime.datetime
    escalated: list[str] | Unset = UNSET
    decision: DecisionRead | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.decision_read import DecisionRead # noqa: PLC0415
        id = str(self.id)

        source: str = self.source

        source_id = str(self.source_id)

        title = self.title

        summary = self.summary

        referring_department: None | str
        referring_department = self.referring_department

        concerned_department: None | str
        concerned_department = self.concerned_department

        status: str = self.status

        status_changed_at = self.status_changed_at.isoformat()

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        due_date_provisional = self.due_date_provisional

        rejection_reason: None | str
        rejection_reason = self.rejection_reason

        feedback_note: None | str
        feedback_note = self.feedback_note

        opened_at = self.opened_at.isoformat()

        escalated: list[str] | Unset = UNSET
        if not isinstance(self.escalated, Unset):
            escalated = self.escalated

        decision: dict[str, Any] | None | Unset
        if isinstance(self.decision, Unset):
            decision = UNSET
        elif isinstance(self.decision, DecisionRead):
            decision = self.decision.to_dict()
        else:
            decision = self.decision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "source": source,
            "source_id": source_id,
            "title": title,
            "summary": summary,
            "referring_department": referring_department,
            "concerned_department": concerned_department,
            "status": status,
            "status_changed_at": status_changed_at,
            "due_date": due_date,
            "due_date_provisional": due_date_provisional,
            "rejection_reason": rejection_reason,
            "feedback_note": feedback_note,
            "opened_at": opened_at,
        })
        if escalated is not UNSET:
            field_dict["escalated"] = escalated
        if decision is not UNSET:
            field_dict["decision"] = decision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.decision_read import DecisionRead # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        source = check_case_source(d.pop("source"))

        source_id = UUID(d.pop("source_id"))

        title = d.pop("title")

        summary = d.pop("summary")

        def _parse_referring_department(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        referring_department = _parse_referring_department(d.pop("referring_department"))

        def _parse_concerned_department(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        concerned_department = _parse_concerned_department(d.pop("concerned_department"))

        status = check_case_status(d.pop("status"))

        status_changed_at = datetime.datetime.fromisoformat(d.pop("status_changed_at"))

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_date = _parse_due_date(d.pop("due_date"))

        due_date_provisional = d.pop("due_date_provisional")

        def _parse_rejection_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason"))

        def _parse_feedback_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        feedback_note = _parse_feedback_note(d.pop("feedback_note"))

        opened_at = datetime.datetime.fromisoformat(d.pop("opened_at"))

        escalated = cast(list[str], d.pop("escalated", UNSET))

        def _parse_decision(data: object) -> DecisionRead | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                decision_type_0 = DecisionRead.from_dict(data)

                return decision_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DecisionRead | None | Unset, data)

        decision = _parse_decision(d.pop("decision", UNSET))

        case_read = cls(
            id=id,
            source=source,
            source_id=source_id,
            title=title,
            summary=summary,
            referring_department=referring_department,
            concerned_department=concerned_department,
            status=status,
            status_changed_at=status_changed_at,
            due_date=due_date,
            due_date_provisional=due_date_provisional,
            rejection_reason=rejection_reason,
            feedback_note=feedback_note,
            opened_at=opened_at,
            escalated=escalated,
            decision=decision,
        )

        case_read.additional_properties = d
        return case_read

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
