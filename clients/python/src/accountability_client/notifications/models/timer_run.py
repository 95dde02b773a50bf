from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="TimerRun")


@_attrs_define
class TimerRun:
    """ What one run of the acknowledgement timers produced.

        Attributes:
            checked (int):
            reminders (int):
            escalations (int):
     """

    checked: int
    reminders: int
    escalations: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checked = self.checked

        reminders = self.reminders

        escalations = self.escalations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "checked": checked,
            "reminders": reminders,
            "escalations": escalations,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checked = d.pop("checked")

        reminders = d.pop("reminders")

        escalations = d.pop("escalations")

        timer_run = cls(
            checked=checked,
            reminders=reminders,
            escalations=escalations,
        )

        timer_run.additional_properties = d
        return timer_run

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
