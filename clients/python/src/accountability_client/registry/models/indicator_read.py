from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="IndicatorRead")


@_attrs_define
class IndicatorRead:
    """ One indicator of a year's scheme.

        Attributes:
            code (str):
            name (str):
            points (int): what the unit starts with (满分)
            deduction (int): points lost per failure the events show (扣分)
            threshold (int): below this score the indicator fails: 整改 (loop 1)
     """

    code: str
    name: str
    points: int
    deduction: int
    threshold: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        points = self.points

        deduction = self.deduction

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "name": name,
            "points": points,
            "deduction": deduction,
            "threshold": threshold,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        points = d.pop("points")

        deduction = d.pop("deduction")

        threshold = d.pop("threshold")

        indicator_read = cls(
            code=code,
            name=name,
            points=points,
            deduction=deduction,
            threshold=threshold,
        )

        indicator_read.additional_properties = d
        return indicator_read

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
