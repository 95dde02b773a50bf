from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="MeetingCreate")


@_attrs_define
class MeetingCreate:
    """ The quarter a joint meeting is held for (it is held when recorded).

        Attributes:
            year (int):
            quarter (int):
     """

    year: int
    quarter: int

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        quarter = self.quarter

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "year": year,
            "quarter": quarter,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        quarter = d.pop("quarter")

        meeting_create = cls(
            year=year,
            quarter=quarter,
        )

        return meeting_create
