from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.step_kind import check_step_kind
from ..models.step_kind import StepKind
from typing import cast
import datetime


T = TypeVar("T", bound="StepRead")


@_attrs_define
class StepRead:
    """ An entry of a complaint's history.

        Attributes:
            kind (StepKind): The entries of a complaint's history.
            department (None | str):
            officer (None | str):
            to_department (None | str):
            note (None | str):
            at (datetime.datetime):
     """

    kind: StepKind
    department: None | str
    officer: None | str
    to_department: None | str
    note: None | str
    at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str = self.kind

        department: None | str
        department = self.department

        officer: None | str
        officer = self.officer

        to_department: None | str
        to_department = self.to_department

        note: None | str
        note = self.note

        at = self.at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "department": department,
            "officer": officer,
            "to_department": to_department,
            "note": note,
            "at": at,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = check_step_kind(d.pop("kind"))

        def _parse_department(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        department = _parse_department(d.pop("department"))

        def _parse_officer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        officer = _parse_officer(d.pop("officer"))

        def _parse_to_department(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to_department = _parse_to_department(d.pop("to_department"))

        def _parse_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        note = _parse_note(d.pop("note"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        step_read = cls(
            kind=kind,
            department=department,
            officer=officer,
            to_department=to_department,
            note=note,
            at=at,
        )

        step_read.additional_properties = d
        return step_read

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
