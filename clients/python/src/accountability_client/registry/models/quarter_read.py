from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.quarter_state import check_quarter_state
from ..models.quarter_state import QuarterState
from typing import cast
import datetime


T = TypeVar("T", bound="QuarterRead")


@_attrs_define
class QuarterRead:
    """ The lead unit's report for one quarter: reported, late, missing or not yet due.

        Attributes:
            year (int):
            quarter (int):
            due (datetime.date):
            state (QuarterState): Where a task's report for one quarter stands.
     """

    year: int
    quarter: int
    due: datetime.date
    state: QuarterState
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        year = self.year

        quarter = self.quarter

        due = self.due.isoformat()

        state: str = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "year": year,
            "quarter": quarter,
            "due": due,
            "state": state,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        quarter = d.pop("quarter")

        due = datetime.date.fromisoformat(d.pop("due"))

        state = check_quarter_state(d.pop("state"))

        quarter_read = cls(
            year=year,
            quarter=quarter,
            due=due,
            state=state,
        )

        quarter_read.additional_properties = d
        return quarter_read

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
