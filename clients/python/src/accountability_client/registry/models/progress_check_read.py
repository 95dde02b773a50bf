from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.finding_read import FindingRead
  from ..models.progress_check_read_reporting import ProgressCheckReadReporting


T = TypeVar("T", bound="ProgressCheckRead")


@_attrs_define
class ProgressCheckRead:
    """ A recorded half-year check.

        Attributes:
            id (UUID):
            year (int):
            half (int):
            department (str):
            checked_by (str):
            summary (None | str):
            findings (list[FindingRead]):
            reporting (ProgressCheckReadReporting): the unit's quarter reports in the half year by state, as checked
            created_at (datetime.datetime):
     """

    id: UUID
    year: int
    half: int
    department: str
    checked_by: str
    summary: None | str
    findings: list[FindingRead]
    reporting: ProgressCheckReadReporting
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.finding_read import FindingRead # noqa: PLC0415
        from ..models.progress_check_read_reporting import ProgressCheckReadReporting # noqa: PLC0415
        id = str(self.id)

        year = self.year

        half = self.half

        department = self.department

        checked_by = self.checked_by

        summary: None | str
        summary = self.summary

        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)

        reporting = self.reporting.to_dict()

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "year": year,
            "half": half,
            "department": department,
            "checked_by": checked_by,
            "summary": summary,
            "findings": findings,
            "reporting": reporting,
            "created_at": created_at,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.finding_read import FindingRead # noqa: PLC0415
        from ..models.progress_check_read_reporting import ProgressCheckReadReporting # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        year = d.pop("year")

        half = d.pop("half")

        department = d.pop("department")

        checked_by = d.pop("checked_by")

        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary = _parse_summary(d.pop("summary"))

        findings = []
        _findings = d.pop("findings")
        for findings_item_data in (_findings):
            findings_item = FindingRead.from_dict(findings_item_data)

            findings.append(findings_item)

        reporting = ProgressCheckReadReporting.from_dict(d.pop("reporting"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        progress_check_read = cls(
            id=id,
            year=year,
            half=half,
            department=department,
            checked_by=checked_by,
            summary=summary,
            findings=findings,
            reporting=reporting,
            created_at=created_at,
        )

        progress_check_read.additional_properties = d
        return progress_check_read

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
