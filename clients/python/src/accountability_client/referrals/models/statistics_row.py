from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="StatisticsRow")


@_attrs_define
class StatisticsRow:
    """ One line: a dimension's value and its counts.

        Attributes:
            dimension (str):
            key (str):
            cases (int):
            decisions (int):
            persons (int):
            filings (int): results the departments filed themselves (R14)
     """

    dimension: str
    key: str
    cases: int
    decisions: int
    persons: int
    filings: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimension = self.dimension

        key = self.key

        cases = self.cases

        decisions = self.decisions

        persons = self.persons

        filings = self.filings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "dimension": dimension,
            "key": key,
            "cases": cases,
            "decisions": decisions,
            "persons": persons,
            "filings": filings,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dimension = d.pop("dimension")

        key = d.pop("key")

        cases = d.pop("cases")

        decisions = d.pop("decisions")

        persons = d.pop("persons")

        filings = d.pop("filings")

        statistics_row = cls(
            dimension=dimension,
            key=key,
            cases=cases,
            decisions=decisions,
            persons=persons,
            filings=filings,
        )

        statistics_row.additional_properties = d
        return statistics_row

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
