from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.report_kind import check_report_kind
from ..models.report_kind import ReportKind
from ..models.report_purpose import check_report_purpose
from ..models.report_purpose import ReportPurpose
from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="ReportRead")


@_attrs_define
class ReportRead:
    """ A filed referral report.

        Attributes:
            id (UUID):
            kind (ReportKind): The documents that reach supervision.
            purpose (ReportPurpose): Whether a report informs supervision (R4) or refers a suspected violation (R5).
            title (str):
            summary (str):
            filed_by (str):
            concerned_department (None | str):
            filed_at (datetime.datetime):
     """

    id: UUID
    kind: ReportKind
    purpose: ReportPurpose
    title: str
    summary: str
    filed_by: str
    concerned_department: None | str
    filed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind: str = self.kind

        purpose: str = self.purpose

        title = self.title

        summary = self.summary

        filed_by = self.filed_by

        concerned_department: None | str
        concerned_department = self.concerned_department

        filed_at = self.filed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "purpose": purpose,
            "title": title,
            "summary": summary,
            "filed_by": filed_by,
            "concerned_department": concerned_department,
            "filed_at": filed_at,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = check_report_kind(d.pop("kind"))

        purpose = check_report_purpose(d.pop("purpose"))

        title = d.pop("title")

        summary = d.pop("summary")

        filed_by = d.pop("filed_by")

        def _parse_concerned_department(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        concerned_department = _parse_concerned_department(d.pop("concerned_department"))

        filed_at = datetime.datetime.fromisoformat(d.pop("filed_at"))

        report_read = cls(
            id=id,
            kind=kind,
            purpose=purpose,
            title=title,
            summary=summary,
            filed_by=filed_by,
            concerned_department=concerned_department,
            filed_at=filed_at,
        )

        report_read.additional_properties = d
        return report_read

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
