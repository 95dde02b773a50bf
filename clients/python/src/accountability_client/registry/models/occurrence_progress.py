from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="OccurrenceProgress")


@_attrs_define
class OccurrenceProgress:
    """ The lead unit's progress on one period's occurrence; 100 completes it.

        Attributes:
            progress (int):
     """

    progress: int

    def to_dict(self) -> dict[str, Any]:
        progress = self.progress

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "progress": progress,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        progress = d.pop("progress")

        occurrence_progress = cls(
            progress=progress,
        )

        return occurrence_progress
