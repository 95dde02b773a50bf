from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="PaperCompletion")


@_attrs_define
class PaperCompletion:
    """ How one of the previous year's tasks ended (R13).

        Attributes:
            task_id (UUID):
            work_item (str):
            content (str):
            deadline (datetime.date):
            completion (str):
            progress (int):
            finished_on (datetime.date | None):
     """

    task_id: UUID
    work_item: str
    content: str
    deadline: datetime.date
    completion: str
    progress: int
    finished_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = str(self.task_id)

        work_item = self.work_item

        content = self.content

        deadline = self.deadline.isoformat()

        completion = self.completion

        progress = self.progress

        finished_on: None | str
        if isinstance(self.finished_on, datetime.date):
            finished_on = self.finished_on.isoformat()
        else:
            finished_on = self.finished_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "task_id": task_id,
            "work_item": work_item,
            "content": content,
            "deadline": deadline,
            "completion": completion,
            "progress": progress,
            "finished_on": finished_on,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = UUID(d.pop("task_id"))

        work_item = d.pop("work_item")

        content = d.pop("content")

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        completion = d.pop("completion")

        progress = d.pop("progress")

        def _parse_finished_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_on_type_0 = datetime.date.fromisoformat(data)

                return finished_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        finished_on = _parse_finished_on(d.pop("finished_on"))

        paper_completion = cls(
            task_id=task_id,
            work_item=work_item,
            content=content,
            deadline=deadline,
            completion=completion,
            progress=progress,
            finished_on=finished_on,
        )

        paper_completion.additional_properties = d
        return paper_completion

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
