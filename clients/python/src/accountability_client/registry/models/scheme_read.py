from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.indicator_read import IndicatorRead


T = TypeVar("T", bound="SchemeRead")


@_attrs_define
class SchemeRead:
    """ A year's scheme (指标体系) and whether it is locked.

        Attributes:
            year (int):
            locked (bool): the year's evaluation is published
            total_points (int):
            indicators (list[IndicatorRead]):
     """

    year: int
    locked: bool
    total_points: int
    indicators: list[IndicatorRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.indicator_read import IndicatorRead # noqa: PLC0415
        year = self.year

        locked = self.locked

        total_points = self.total_points

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "year": year,
            "locked": locked,
            "total_points": total_points,
            "indicators": indicators,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_read import IndicatorRead # noqa: PLC0415
        d = dict(src_dict)
        year = d.pop("year")

        locked = d.pop("locked")

        total_points = d.pop("total_points")

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in (_indicators):
            indicators_item = IndicatorRead.from_dict(indicators_item_data)

            indicators.append(indicators_item)

        scheme_read = cls(
            year=year,
            locked=locked,
            total_points=total_points,
            indicators=indicators,
        )

        scheme_read.additional_properties = d
        return scheme_read

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
