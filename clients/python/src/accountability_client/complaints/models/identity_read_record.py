from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime


T = TypeVar("T", bound="IdentityReadRecord")


@_attrs_define
class IdentityReadRecord:
    """ One read of a complainant's identity: who, when and why (the access log).

        Attributes:
            department (str):
            subject (str):
            purpose (None | str):
            read_at (datetime.datetime):
     """

    department: str
    subject: str
    purpose: None | str
    read_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        department = self.department

        subject = self.subject

        purpose: None | str
        purpose = self.purpose

        read_at = self.read_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "department": department,
            "subject": subject,
            "purpose": purpose,
            "read_at": read_at,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        department = d.pop("department")

        subject = d.pop("subject")

        def _parse_purpose(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        purpose = _parse_purpose(d.pop("purpose"))

        read_at = datetime.datetime.fromisoformat(d.pop("read_at"))

        identity_read_record = cls(
            department=department,
            subject=subject,
            purpose=purpose,
            read_at=read_at,
        )

        identity_read_record.additional_properties = d
        return identity_read_record

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
