from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime


T = TypeVar("T", bound="Conclusion")


@_attrs_define
class Conclusion:
    """ The day the investigation concluded (the circulation deadline starts).

        Attributes:
            concluded_on (datetime.date): After the incident, not in the future
     """

    concluded_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        concluded_on = self.concluded_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "concluded_on": concluded_on,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        concluded_on = datetime.date.fromisoformat(d.pop("concluded_on"))

        conclusion = cls(
            concluded_on=concluded_on,
        )

        return conclusion
