from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.circulator import check_circulator
from ..models.circulator import Circulator
from typing import cast


T = TypeVar("T", bound="Circulation")


@_attrs_define
class Circulation:
    """ Who circulated the review's result.

        Attributes:
            by (Circulator): Who circulates the review's result inside government.
     """

    by: Circulator

    def to_dict(self) -> dict[str, Any]:
        by: str = self.by

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "by": by,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        by = check_circulator(d.pop("by"))

        circulation = cls(
            by=by,
        )

        return circulation
