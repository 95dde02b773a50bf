from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.appraisal import Appraisal
from ..models.appraisal import check_appraisal
from typing import cast


T = TypeVar("T", bound="AppraisalCreate")


@_attrs_define
class AppraisalCreate:
    """ The complainant's appraisal of a handled complaint.

        Attributes:
            appraisal (Appraisal): The complainant's appraisal of the handling (R17: poor appraisal costs points).
     """

    appraisal: Appraisal

    def to_dict(self) -> dict[str, Any]:
        appraisal: str = self.appraisal

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "appraisal": appraisal,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        appraisal = check_appraisal(d.pop("appraisal"))

        appraisal_create = cls(
            appraisal=appraisal,
        )

        return appraisal_create
