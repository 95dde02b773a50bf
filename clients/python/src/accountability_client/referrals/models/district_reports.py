from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.district_line import DistrictLine


T = TypeVar("T", bound="DistrictReports")


@_attrs_define
class DistrictReports:
    """ Every district's half-year report side by side with the system's figures (R8).

        Attributes:
            year (int):
            half (int):
            due_date (datetime.date):
            districts (list[DistrictLine]):
     """

    year: int
    half: int
    due_date: datetime.date
    districts: list[DistrictLine]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.district_line import DistrictLine # noqa: PLC0415
        year = self.year

        half = self.half

        due_date = self.due_date.isoformat()

        districts = []
        for districts_item_data in self.districts:
            districts_item = districts_item_data.to_dict()
            districts.append(districts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "year": year,
            "half": half,
            "due_date": due_date,
            "districts": districts,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.district_line import DistrictLine # noqa: PLC0415
        d = dict(src_dict)
        year = d.pop("year")

        half = d.pop("half")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        districts = []
        _districts = d.pop("districts")
        for districts_item_data in (_districts):
            districts_item = DistrictLine.from_dict(districts_item_data)

            districts.append(districts_item)

        district_reports = cls(
            year=year,
            half=half,
            due_date=due_date,
            districts=districts,
        )

        district_reports.additional_properties = d
        return district_reports

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
