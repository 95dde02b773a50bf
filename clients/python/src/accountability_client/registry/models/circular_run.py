from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime


T = TypeVar("T", bound="CircularRun")


@_attrs_define
class CircularRun:
    """ What one run of the circular job did.

        Attributes:
            checked_at (datetime.datetime):
            quarter (str): The quarter due its circular, e.g. 2026-Q3
            circulars_issued (int): 0: the quarter's circular was already issued
     """

    checked_at: datetime.datetime
    quarter: str
    circulars_issued: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checked_at = self.checked_at.isoformat()

        quarter = self.quarter

        circulars_issued = self.circulars_issued

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "checked_at": checked_at,
            "quarter": quarter,
            "circulars_issued": circulars_issued,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checked_at = datetime.datetime.fromisoformat(d.pop("checked_at"))

        quarter = d.pop("quarter")

        circulars_issued = d.pop("circulars_issued")

        circular_run = cls(
            checked_at=checked_at,
            quarter=quarter,
            circulars_issued=circulars_issued,
        )

        circular_run.additional_properties = d
        return circular_run

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
