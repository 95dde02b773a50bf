from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="DerelictionFinding")


@_attrs_define
class DerelictionFinding:
    """ The review found a dereliction of duty (R12: the head's public apology follows).

        Attributes:
            finding (str):
     """

    finding: str

    def to_dict(self) -> dict[str, Any]:
        finding = self.finding

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "finding": finding,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        finding = d.pop("finding")

        dereliction_finding = cls(
            finding=finding,
        )

        return dereliction_finding
