from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.finding import check_finding
from ..models.finding import Finding
from ..models.review_status import check_review_status
from ..models.review_status import ReviewStatus
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="ReviewRead")


@_attrs_define
class ReviewRead:
    """ A responsibility review (责任追究审查).

        Attributes:
            id (UUID):
            status (ReviewStatus): Where a responsibility review is.
            opened_on (datetime.date):
            due_date (datetime.date):
            due_date_provisional (bool): the working-day date crosses a year whose holidays nobody entered
            finding (Finding | None):
            reasons (None | str):
            report_id (None | UUID): The referral report of a fault found
            closed_by (None | str):
            closed_at (datetime.datetime | None):
            escalated (bool | Unset): passed its deadline open: escalated Default: False.
     """

    id: UUID
    status: ReviewStatus
    opened_on: datetime.date
    due_date: datetime.date
    due_date_provisional: bool
    finding: Finding | None
    reasons: None | str
    report_id: None | UUID
    closed_by: None | str
    closed_at: datetime.datetime | None
    escalated: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status: str = self.status

        opened_on = self.opened_on.isoformat()

        due_date = self.due_date.isoformat()

        due_date_provisional = self.due_date_provisional

        finding: None | str
        if isinstance(self.finding, str):
            finding = self.finding
        else:
            finding = self.finding

        reasons: None | str
        reasons = self.reasons

        report_id: None | str
        if isinstance(self.report_id, UUID):
            report_id = str(self.report_id)
        else:
            report_id = self.report_id

        closed_by: None | str
        closed_by = self.closed_by

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        escalated = self.escalated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "status": status,
            "opened_on": opened_on,
            "due_date": due_date,
            "due_date_provisional": due_date_provisional,
            "finding": finding,
            "reasons": reasons,
            "report_id": report_id,
            "closed_by": closed_by,
            "closed_at": closed_at,
        })
        if escalated is not UNSET:
            field_dict["escalated"] = escalated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = check_review_status(d.pop("status"))

        opened_on = datetime.date.fromisoformat(d.pop("opened_on"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        due_date_provisional = d.pop("due_date_provisional")

        def _parse_finding(data: object) -> Finding | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finding_type_0 = check_finding(data)

                return finding_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Finding | None, data)

        finding = _parse_finding(d.pop("finding"))

        def _parse_reasons(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reasons = _parse_reasons(d.pop("reasons"))

        def _parse_report_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                report_id_type_0 = UUID(data)

                return report_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        report_id = _parse_report_id(d.pop("report_id"))

        def _parse_closed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        closed_by = _parse_closed_by(d.pop("closed_by"))

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))

        escalated = d.pop("escalated", UNSET)

        review_read = cls(
            id=id,
            status=status,
            opened_on=opened_on,
            due_date=due_date,
            due_date_provisional=due_date_provisional,
            finding=finding,
            reasons=reasons,
            report_id=report_id,
            closed_by=closed_by,
            closed_at=closed_at,
            escalated=escalated,
        )

        review_read.additional_properties = d
        return review_read

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
