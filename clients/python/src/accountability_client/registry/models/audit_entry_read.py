from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.audit_entry_read_detail import AuditEntryReadDetail


T = TypeVar("T", bound="AuditEntryRead")


@_attrs_define
class AuditEntryRead:
    """ One entry of the audit trail.

        Attributes:
            seq (int):
            at (datetime.datetime):
            department (str):
            subject (str):
            roles (list[str]):
            action (str):
            record_type (str):
            record_id (str):
            detail (AuditEntryReadDetail):
            prev_hash (str):
            hash_ (str):
     """

    seq: int
    at: datetime.datetime
    department: str
    subject: str
    roles: list[str]
    action: str
    record_type: str
    record_id: str
    detail: AuditEntryReadDetail
    prev_hash: str
    hash_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_entry_read_detail import AuditEntryReadDetail # noqa: PLC0415
        seq = self.seq

        at = self.at.isoformat()

        department = self.department

        subject = self.subject

        roles = self.roles

        action = self.action

        record_type = self.record_type

        record_id = self.record_id

        detail = self.detail.to_dict()

        prev_hash = self.prev_hash

        hash_ = self.hash_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "seq": seq,
            "at": at,
            "department": department,
            "subject": subject,
            "roles": roles,
            "action": action,
            "record_type": record_type,
            "record_id": record_id,
            "detail": detail,
            "prev_hash": prev_hash,
            "hash": hash_,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_entry_read_detail import AuditEntryReadDetail # noqa: PLC0415
        d = dict(src_dict)
        seq = d.pop("seq")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        department = d.pop("department")

        subject = d.pop("subject")

        roles = cast(list[str], d.pop("roles"))

        action = d.pop("action")

        record_type = d.pop("record_type")

        record_id = d.pop("record_id")

        detail = AuditEntryReadDetail.from_dict(d.pop("detail"))

        prev_hash = d.pop("prev_hash")

        hash_ = d.pop("hash")

        audit_entry_read = cls(
            seq=seq,
            at=at,
            department=department,
            subject=subject,
            roles=roles,
            action=action,
            record_type=record_type,
            record_id=record_id,
            detail=detail,
            prev_hash=prev_hash,
            hash_=hash_,
        )

        audit_entry_read.additional_properties = d
        return audit_entry_read

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
