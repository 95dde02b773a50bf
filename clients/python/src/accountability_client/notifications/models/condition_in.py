from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="ConditionIn")


@_attrs_define
class ConditionIn:
    """ The event's `field` must hold one of `values` (compared as text).

        Attributes:
            field (str):
            values (list[str]):
     """

    field: str
    values: list[str]

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        values = self.values

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "field": field,
            "values": values,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        values = cast(list[str], d.pop("values"))

        condition_in = cls(
            field=field,
            values=values,
        )

        return condition_in
