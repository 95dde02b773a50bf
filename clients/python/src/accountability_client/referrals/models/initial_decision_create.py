from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="InitialDecisionCreate")


@_attrs_define
class InitialDecisionCreate:
    """ The deciding level adopts the table's proposals as its decision (art. 13–16).

        Attributes:
            facts (str):
     """

    facts: str

    def to_dict(self) -> dict[str, Any]:
        facts = self.facts

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "facts": facts,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        facts = d.pop("facts")

        initial_decision_create = cls(
            facts=facts,
        )

        return initial_decision_create
