from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.check_finding import CheckFinding


T = TypeVar("T", bound="ProgressCheckCreate")


@_attrs_define
class ProgressCheckCreate:
    """ A check of one unit's reported progress for a half year (R1).

        Attributes:
            year (int):
            half (int): 1: January–June, 2: July–December
            department (str): the unit checked
            summary (None | str | Unset):
            findings (list[CheckFinding] | Unset):
     """

    year: int
    half: int
    department: str
    summary: None | str | Unset = UNSET
    findings: list[CheckFinding] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.check_finding import CheckFinding # noqa: PLC0415
        year = self.year

        half = self.half

        department = self.department

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        findings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.findings, Unset):
            findings = []
            for findings_item_data in self.findings:
                findings_item = findings_item_data.to_dict()
                findings.append(findings_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "year": year,
            "half": half,
            "department": department,
        })
        if summary is not UNSET:
            field_dict["summary"] = summary
        if findings is not UNSET:
            field_dict["findings"] = findings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.check_finding import CheckFinding # noqa: PLC0415
        d = dict(src_dict)
        year = d.pop("year")

        half = d.pop("half")

        department = d.pop("department")

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        _findings = d.pop("findings", UNSET)
        findings: list[CheckFinding] | Unset = UNSET
        if _findings is not UNSET:
            findings = []
            for findings_item_data in _findings:
                findings_item = CheckFinding.from_dict(findings_item_data)

                findings.append(findings_item)

        progress_check_create = cls(
            year=year,
            half=half,
            department=department,
            summary=summary,
            findings=findings,
        )

        return progress_check_create
