from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.review_outcome import check_review_outcome
from ..models.review_outcome import ReviewOutcome
from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="WhitePaperReview")


@_attrs_define
class WhitePaperReview:
    """ SUPERVISION's review of a published paper: accepted, or returned with findings (R13).

        Attributes:
            outcome (ReviewOutcome): SUPERVISION's review of a published paper (R13).
            findings (None | str | Unset):
     """

    outcome: ReviewOutcome
    findings: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        outcome: str = self.outcome

        findings: None | str | Unset
        if isinstance(self.findings, Unset):
            findings = UNSET
        else:
            findings = self.findings

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "outcome": outcome,
        })
        if findings is not UNSET:
            field_dict["findings"] = findings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = check_review_outcome(d.pop("outcome"))

        def _parse_findings(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        findings = _parse_findings(d.pop("findings", UNSET))

        white_paper_review = cls(
            outcome=outcome,
            findings=findings,
        )

        return white_paper_review
