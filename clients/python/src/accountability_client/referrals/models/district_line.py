from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.district_report_read import DistrictReportRead
  from ..models.system_figures import SystemFigures


T = TypeVar("T", bound="DistrictLine")


@_attrs_define
class DistrictLine:
    """ One district: its report (or none), whether it was flagged missing, the system's figures.

        Attributes:
            district (str):
            report (DistrictReportRead | None):
            missing (bool): not filed by the due date (flagged once)
            system (SystemFigures): What the system holds for a district over the half year (cases concerning it).
     """

    district: str
    report: DistrictReportRead | None
    missing: bool
    system: SystemFigures
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.district_report_read import DistrictReportRead # noqa: PLC0415
        from ..models.system_figures import SystemFigures # noqa: PLC0415
        district = self.district

        report: dict[str, Any] | None
        if isinstance(self.report, DistrictReportRead):
            report = self.report.to_dict()
        else:
            report = self.report

        missing = self.missing

        system = self.system.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "district": district,
            "report": report,
            "missing": missing,
            "system": system,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.district_report_read import DistrictReportRead # noqa: PLC0415
        from ..models.system_figures import SystemFigures # noqa: PLC0415
        d = dict(src_dict)
        district = d.pop("district")

        def _parse_report(data: object) -> DistrictReportRead | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_type_0 = DistrictReportRead.from_dict(data)

                return report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DistrictReportRead | None, data)

        report = _parse_report(d.pop("report"))

        missing = d.pop("missing")

        system = SystemFigures.from_dict(d.pop("system"))

        district_line = cls(
            district=district,
            report=report,
            missing=missing,
            system=system,
        )

        district_line.additional_properties = d
        return district_line

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
