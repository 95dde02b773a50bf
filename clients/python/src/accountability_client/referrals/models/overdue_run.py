from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime


T = TypeVar("T", bound="OverdueRun")


@_attrs_define
class OverdueRun:
    """ What one run of the time-limit check did.

        Attributes:
            checked_at (datetime.datetime):
            case_escalations (int):
            incident_escalations (int | Unset):  Default: 0.
            review_escalations (int | Unset):  Default: 0.
            missing_district_reports (int | Unset):  Default: 0.
     """

    checked_at: datetime.datetime
    case_escalations: int
    incident_escalations: int | Unset = 0
    review_escalations: int | Unset = 0
    missing_district_reports: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checked_at = self.checked_at.isoformat()

        case_escalations = self.case_escalations

        incident_escalations = self.incident_escalations

        review_escalations = self.review_escalations

        missing_district_reports = self.missing_district_reports

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "checked_at": checked_at,
            "case_escalations": case_escalations,
        })
        if incident_escalations is not UNSET:
            field_dict["incident_escalations"] = incident_escalations
        if review_escalations is not UNSET:
            field_dict["review_escalations"] = review_escalations
        if missing_district_reports is not UNSET:
            field_dict["missing_district_reports"] = missing_district_reports

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checked_at = datetime.datetime.fromisoformat(d.pop("checked_at"))

        case_escalations = d.pop("case_escalations")

        incident_escalations = d.pop("incident_escalations", UNSET)

        review_escalations = d.pop("review_escalations", UNSET)

        missing_district_reports = d.pop("missing_district_reports", UNSET)

        overdue_run = cls(
            checked_at=checked_at,
            case_escalations=case_escalations,
            incident_escalations=incident_escalations,
            review_escalations=review_escalations,
            missing_district_reports=missing_district_reports,
        )

        overdue_run.additional_properties = d
        return overdue_run

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
