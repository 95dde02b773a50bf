from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="LedgerLine")


@_attrs_define
class LedgerLine:
    """ One point lost or gained, with the event and record it came from.

        Attributes:
            id (UUID):
            year (int):
            quarter (int):
            indicator (str):
            points (int):
            reason (str):
            source_event_id (UUID):
            source_event_type (str):
            source_type (str):
            source_id (str):
            recorded_at (datetime.datetime):
     """

    id: UUID
    year: int
    quarter: int
    indicator: str
    points: int
    reason: str
    source_event_id: UUID
    source_event_type: str
    source_type: str
    source_id: str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        year = self.year

        quarter = self.quarter

        indicator = self.indicator

        points = self.points

        reason = self.reason

        source_event_id = str(self.source_event_id)

        source_event_type = self.source_event_type

        source_type = self.source_type

        source_id = self.source_id

        recorded_at = self.recorded_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "year": year,
            "quarter": quarter,
            "indicator": indicator,
            "points": points,
            "reason": reason,
            "source_event_id": source_event_id,
            "source_event_type": source_event_type,
            "source_type": source_type,
            "source_id": source_id,
            "recorded_at": recorded_at,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        year = d.pop("year")

        quarter = d.pop("quarter")

        indicator = d.pop("indicator")

        points = d.pop("points")

        reason = d.pop("reason")

        source_event_id = UUID(d.pop("source_event_id"))

        source_event_type = d.pop("source_event_type")

        source_type = d.pop("source_type")

        source_id = d.pop("source_id")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        ledger_line = cls(
            id=id,
            year=year,
            quarter=quarter,
            indicator=indicator,
            points=points,
            reason=reason,
            source_event_id=source_event_id,
            source_event_type=source_event_type,
            source_type=source_type,
            source_id=source_id,
            recorded_at=recorded_at,
        )

        ledger_line.additional_properties = d
        return ledger_line

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
