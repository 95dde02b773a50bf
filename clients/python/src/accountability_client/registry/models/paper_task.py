from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="PaperTask")


@_attrs_define
class PaperTask:
    """ A task the white paper publishes.

        Attributes:
            task_id (UUID):
            work_item (str):
            content (str):
            target (str):
            deadline (datetime.date):
     """

    task_id: UUID
    work_item: str
    content: str
    target: str
    deadline: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = str(self.task_id)

        work_item = self.work_item

        content = self.content

        target = self.target

        deadline = self.deadline.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "task_id": task_id,
            "work_item": work_item,
            "content": content,
            "target": target,
            "deadline": deadline,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = UUID(d.pop("task_id"))

        work_item = d.pop("work_item")

        content = d.pop("content")

        target = d.pop("target")

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        paper_task = cls(
            task_id=task_id,
            work_item=work_item,
            content=content,
            target=target,
            deadline=deadline,
        )

        paper_task.additional_properties = d
        return paper_task

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
