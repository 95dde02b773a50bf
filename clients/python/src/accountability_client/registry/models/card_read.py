from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.indicator_score_read import IndicatorScoreRead


T = TypeVar("T", bound="CardRead")


@_attrs_define
class CardRead:
    """ A unit's scorecard: total, per indicator, rank in its kind (横向), change (纵向).

        Attributes:
            department (str):
            name (str):
            kind (str):
            total (int):
            rank (int): among assessed units of the same kind (ties share a rank)
            of (int): how many units of that kind are ranked
            last_year_total (int | None):
            change (int | None): total less last year's; null without a last year
            indicators (list[IndicatorScoreRead]):
     """

    department: str
    name: str
    kind: str
    total: int
    rank: int
    of: int
    last_year_total: int | None
    change: int | None
    indicators: list[IndicatorScoreRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.indicator_score_read import IndicatorScoreRead # noqa: PLC0415
        department = self.department

        name = self.name

        kind = self.kind

        total = self.total

        rank = self.rank

        of = self.of

        last_year_total: int | None
        last_year_total = self.last_year_total

        change: int | None
        change = self.change

        indicators = []
        for indicators_item_data in self.indicators:
            indicators_item = indicators_item_data.to_dict()
            indicators.append(indicators_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "department": department,
            "name": name,
            "kind": kind,
            "total": total,
            "rank": rank,
            "of": of,
            "last_year_total": last_year_total,
            "change": change,
            "indicators": indicators,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.indicator_score_read import IndicatorScoreRead # noqa: PLC0415
        d = dict(src_dict)
        department = d.pop("department")

        name = d.pop("name")

        kind = d.pop("kind")

        total = d.pop("total")

        rank = d.pop("rank")

        of = d.pop("of")

        def _parse_last_year_total(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_year_total = _parse_last_year_total(d.pop("last_year_total"))

        def _parse_change(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        change = _parse_change(d.pop("change"))

        indicators = []
        _indicators = d.pop("indicators")
        for indicators_item_data in (_indicators):
            indicators_item = IndicatorScoreRead.from_dict(indicators_item_data)

            indicators.append(indicators_item)

        card_read = cls(
            department=department,
            name=name,
            kind=kind,
            total=total,
            rank=rank,
            of=of,
            last_year_total=last_year_total,
            change=change,
            indicators=indicators,
        )

        card_read.additional_properties = d
        return card_read

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
