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
from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="ReportCreate")


@_attrs_define
class ReportCreate:
    """ A referral report as filed by an agency system.

        Attributes:
            kind (ReportKind): The documents that reach supervision.
            purpose (ReportPurpose): Whether a report informs supervision (R4) or refers a suspected violation (R5).
            title (str):
            summary (str):
            concerned_department (None | str | Unset): Code of the department the report concerns
     """

    kind: ReportKind
    purpose: ReportPurpose
    title: str
    summary: str
    concerned_department: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        purpose: str = self.purpose

        title = self.title

        summary = self.summary

        concerned_department: None | str | Unset
        if isinstance(self.concerned_department, Unset):
            concerned_department = UNSET
        else:
            concerned_department = self.concerned_department

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "purpose": purpose,
            "title": title,
            "summary": summary,
        })
        if concerned_department is not UNSET:
            field_dict["concerned_department"] = concerned_department

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_report_kind(d.pop("kind"))

        purpose = check_report_purpose(d.pop("purpose"))

        title = d.pop("title")

        summary = d.pop("summary")

        def _parse_concerned_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        concerned_department = _parse_concerned_department(d.pop("concerned_department", UNSET))

        report_create = cls(
            kind=kind,
            purpose=purpose,
            title=title,
            summary=summary,
            concerned_department=concerned_department,
        )

        return report_create
