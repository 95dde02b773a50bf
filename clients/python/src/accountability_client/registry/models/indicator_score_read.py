from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="IndicatorScoreRead")


@_attrs_define
class IndicatorScoreRead:
    """ One indicator of a unit's scorecard.

        Attributes:
            code (str):
            points (int):
            lost (int):
            score (int):
            threshold (int):
            failing (bool):
     """

    code: str
    points: int
    lost: int
    score: int
    threshold: int
    failing: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        points = self.points

        lost = self.lost

        score = self.score

        threshold = self.threshold

        failing = self.failing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "points": points,
            "lost": lost,
            "score": score,
            "threshold": threshold,
            "failing": failing,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        points = d.pop("points")

        lost = d.pop("lost")

        score = d.pop("score")

        threshold = d.pop("threshold")

        failing = d.pop("failing")

        indicator_score_read = cls(
            code=code,
            points=points,
            lost=lost,
            score=score,
            threshold=threshold,
            failing=failing,
        )

        indicator_score_read.additional_properties = d
        return indicator_score_read

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
