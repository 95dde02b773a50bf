from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="Minutes")


@_attrs_define
class Minutes:
    """ The minutes of a joint meeting, issued to the participants.

        Attributes:
            minutes (str):
     """

    minutes: str

    def to_dict(self) -> dict[str, Any]:
        minutes = self.minutes

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "minutes": minutes,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        minutes = d.pop("minutes")

        minutes = cls(
            minutes=minutes,
        )

        return minutes
