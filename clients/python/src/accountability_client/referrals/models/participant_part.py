from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="ParticipantPart")


@_attrs_define
class ParticipantPart:
    """ A joint-meeting participant's part of the quarter.

        Attributes:
            participant (str):
            referred (int):
            decided (int):
            open_cases (int):
     """

    participant: str
    referred: int
    decided: int
    open_cases: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participant = self.participant

        referred = self.referred

        decided = self.decided

        open_cases = self.open_cases

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "participant": participant,
            "referred": referred,
            "decided": decided,
            "open_cases": open_cases,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        participant = d.pop("participant")

        referred = d.pop("referred")

        decided = d.pop("decided")

        open_cases = d.pop("open_cases")

        participant_part = cls(
            participant=participant,
            referred=referred,
            decided=decided,
            open_cases=open_cases,
        )

        participant_part.additional_properties = d
        return participant_part

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
