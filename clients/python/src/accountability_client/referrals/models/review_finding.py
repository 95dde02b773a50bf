from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.finding import check_finding
from ..models.finding import Finding
from typing import cast


T = TypeVar("T", bound="ReviewFinding")


@_attrs_define
class ReviewFinding:
    """ What the responsibility review found: a fault is referred to supervision (R16, R5).

        Attributes:
            finding (Finding): What the review found.
            reasons (str):
     """

    finding: Finding
    reasons: str

    def to_dict(self) -> dict[str, Any]:
        finding: str = self.finding

        reasons = self.reasons

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "finding": finding,
            "reasons": reasons,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        finding = check_finding(d.pop("finding"))

        reasons = d.pop("reasons")

        review_finding = cls(
            finding=finding,
            reasons=reasons,
        )

        return review_finding
