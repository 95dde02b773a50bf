from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.card_read import CardRead


T = TypeVar("T", bound="ScorecardRead")


@_attrs_define
class ScorecardRead:
    """ Every assessed unit's card for a year, or for the year through a quarter (running).

        Attributes:
            year (int):
            quarter (int | None):
            final (bool): the year is published and no quarter was asked
            total_points (int):
            cards (list[CardRead]):
     """

    year: int
    quarter: int | None
    final: bool
    total_points: int
    cards: list[CardRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.card_read import CardRead # noqa: PLC0415
        year = self.year

        quarter: int | None
        quarter = self.quarter

        final = self.final

        total_points = self.total_points

        cards = []
        for cards_item_data in self.cards:
            cards_item = cards_item_data.to_dict()
            cards.append(cards_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "year": year,
            "quarter": quarter,
            "final": final,
            "total_points": total_points,
            "cards": cards,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_read import CardRead # noqa: PLC0415
        d = dict(src_dict)
        year = d.pop("year")

        def _parse_quarter(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        quarter = _parse_quarter(d.pop("quarter"))

        final = d.pop("final")

        total_points = d.pop("total_points")

        cards = []
        _cards = d.pop("cards")
        for cards_item_data in (_cards):
            cards_item = CardRead.from_dict(cards_item_data)

            cards.append(cards_item)

        scorecard_read = cls(
            year=year,
            quarter=quarter,
            final=final,
            total_points=total_points,
            cards=cards,
        )

        scorecard_read.additional_properties = d
        return scorecard_read

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
