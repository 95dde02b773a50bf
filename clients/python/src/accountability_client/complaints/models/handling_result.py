from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.outcome import check_outcome
from ..models.outcome import Outcome
from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="HandlingResult")


@_attrs_define
class HandlingResult:
    """ The handler's findings and outcome; only `public_result` reaches the complainant.

        Attributes:
            outcome (Outcome): The handler's finding.
            findings (str):
            legal_basis (str):
            public_result (str):
            internal_notes (None | str | Unset):
     """

    outcome: Outcome
    findings: str
    legal_basis: str
    public_result: str
    internal_notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        outcome: str = self.outcome

        findings = self.findings

        legal_basis = self.legal_basis

        public_result = self.public_result

        internal_notes: None | str | Unset
        if isinstance(self.internal_notes, Unset):
            internal_notes = UNSET
        else:
            internal_notes = self.internal_notes

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "outcome": outcome,
            "findings": findings,
            "legal_basis": legal_basis,
            "public_result": public_result,
        })
        if internal_notes is not UNSET:
            field_dict["internal_notes"] = internal_notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = check_outcome(d.pop("outcome"))

        findings = d.pop("findings")

        legal_basis = d.pop("legal_basis")

        public_result = d.pop("public_result")

        def _parse_internal_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internal_notes = _parse_internal_notes(d.pop("internal_notes", UNSET))

        handling_result = cls(
            outcome=outcome,
            findings=findings,
            legal_basis=legal_basis,
            public_result=public_result,
            internal_notes=internal_notes,
        )

        return handling_result
