from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.head_in import HeadIn


T = TypeVar("T", bound="ApologyDecisionCreate")


@_attrs_define
class ApologyDecisionCreate:
    """ The deciding level orders the responsible head's public apology (R12).

        Attributes:
            facts (str):
            head (HeadIn): The head of the responsible department (行政首长).
     """

    facts: str
    head: HeadIn

    def to_dict(self) -> dict[str, Any]:
        from ..models.head_in import HeadIn # noqa: PLC0415
        facts = self.facts

        head = self.head.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "facts": facts,
            "head": head,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.head_in import HeadIn # noqa: PLC0415
        d = dict(src_dict)
        facts = d.pop("facts")

        head = HeadIn.from_dict(d.pop("head"))

        apology_decision_create = cls(
            facts=facts,
            head=head,
        )

        return apology_decision_create
