from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.quarter_statistics_by import QuarterStatisticsBy


T = TypeVar("T", bound="QuarterStatistics")


@_attrs_define
class QuarterStatistics:
    """ One quarter's complaints (by receipt date).

        Attributes:
            year (int):
            quarter (int):
            received (int):
            handled (int):
            handled_on_time (int):
            on_time_rate (float | None):
            escalated (int):
            by (QuarterStatisticsBy):
     """

    year: int
    quarter: int
    received: int
    handled: int
    handled_on_time: int
    on_time_rate: float | None
    escalated: int
    by: QuarterStatisticsBy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.quarter_statistics_by import QuarterStatisticsBy # noqa: PLC0415
        year = self.year

        quarter = self.quarter

        received = self.received

        handled = self.handled

        handled_on_time = self.handled_on_time

        on_time_rate: float | None
        on_time_rate = self.on_time_rate

        escalated = self.escalated

        by = self.by.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "year": year,
            "quarter": quarter,
            "received": received,
            "handled": handled,
            "handled_on_time": handled_on_time,
            "on_time_rate": on_time_rate,
            "escalated": escalated,
            "by": by,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quarter_statistics_by import QuarterStatisticsBy # noqa: PLC0415
        d = dict(src_dict)
        year = d.pop("year")

        quarter = d.pop("quarter")

        received = d.pop("received")

        handled = d.pop("handled")

        handled_on_time = d.pop("handled_on_time")

        def _parse_on_time_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        on_time_rate = _parse_on_time_rate(d.pop("on_time_rate"))

        escalated = d.pop("escalated")

        by = QuarterStatisticsBy.from_dict(d.pop("by"))

        quarter_statistics = cls(
            year=year,
            quarter=quarter,
            received=received,
            handled=handled,
            handled_on_time=handled_on_time,
            on_time_rate=on_time_rate,
            escalated=escalated,
            by=by,
        )

        quarter_statistics.additional_properties = d
        return quarter_statistics

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
