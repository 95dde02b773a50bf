from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="UrgeNoticeRead")


@_attrs_define
class UrgeNoticeRead:
    """ An issued urge notice.

        Attributes:
            id (UUID):
            task_id (UUID):
            sequence (int):
            new_deadline (datetime.date):
            content (str):
            issued_by (str):
            issued_at (datetime.datetime):
            referred_to_supervision (bool | Unset):  Default: False.
     """

    id: UUID
    task_id: UUID
    sequence: int
    new_deadline: datetime.date
    content: str
    issued_by: str
    issued_at: datetime.datetime
    referred_to_supervision: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        task_id = str(self.task_id)

        sequence = self.sequence

        new_deadline = self.new_deadline.isoformat()

        content = self.content

        issued_by = self.issued_by

        issued_at = self.issued_at.isoformat()

        referred_to_supervision = self.referred_to_supervision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "task_id": task_id,
            "sequence": sequence,
            "new_deadline": new_deadline,
            "content": content,
            "issued_by": issued_by,
            "issued_at": issued_at,
        })
        if referred_to_supervision is not UNSET:
            field_dict["referred_to_supervision"] = referred_to_supervision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        task_id = UUID(d.pop("task_id"))

        sequence = d.pop("sequence")

        new_deadline = datetime.date.fromisoformat(d.pop("new_deadline"))

        content = d.pop("content")

        issued_by = d.pop("issued_by")

        issued_at = datetime.datetime.fromisoformat(d.pop("issued_at"))

        referred_to_supervision = d.pop("referred_to_supervision", UNSET)

        urge_notice_read = cls(
            id=id,
            task_id=task_id,
            sequence=sequence,
            new_deadline=new_deadline,
            content=content,
            issued_by=issued_by,
            issued_at=issued_at,
            referred_to_supervision=referred_to_supervision,
        )

        urge_notice_read.additional_properties = d
        return urge_notice_read

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
