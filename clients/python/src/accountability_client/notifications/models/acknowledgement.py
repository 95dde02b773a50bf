from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="Acknowledgement")


@_attrs_define
class Acknowledgement:
    """ Receipt (签收) of an item by a named officer of the department.

        Attributes:
            officer_name (str):
     """

    officer_name: str

    def to_dict(self) -> dict[str, Any]:
        officer_name = self.officer_name

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "officer_name": officer_name,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        officer_name = d.pop("officer_name")

        acknowledgement = cls(
            officer_name=officer_name,
        )

        return acknowledgement
