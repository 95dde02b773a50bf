from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="IndicatorUpdate")


@_attrs_define
class IndicatorUpdate:
    """ New values of one indicator of an open year.

        Attributes:
            name (str):
            points (int):
            deduction (int):
            threshold (int):
     """

    name: str
    points: int
    deduction: int
    threshold: int

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        points = self.points

        deduction = self.deduction

        threshold = self.threshold

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "points": points,
            "deduction": deduction,
            "threshold": threshold,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        points = d.pop("points")

        deduction = d.pop("deduction")

        threshold = d.pop("threshold")

        indicator_update = cls(
            name=name,
            points=points,
            deduction=deduction,
            threshold=threshold,
        )

        return indicator_update
