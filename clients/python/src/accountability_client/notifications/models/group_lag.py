from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="GroupLag")


@_attrs_define
class GroupLag:
    """ How far one consumer group is behind on one topic (all partitions added up).

        Attributes:
            group (str):
            topic (str):
            committed (int):
            lag (int):
     """

    group: str
    topic: str
    committed: int
    lag: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        topic = self.topic

        committed = self.committed

        lag = self.lag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "group": group,
            "topic": topic,
            "committed": committed,
            "lag": lag,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group = d.pop("group")

        topic = d.pop("topic")

        committed = d.pop("committed")

        lag = d.pop("lag")

        group_lag = cls(
            group=group,
            topic=topic,
            committed=committed,
            lag=lag,
        )

        group_lag.additional_properties = d
        return group_lag

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
