from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime


T = TypeVar("T", bound="SubtaskCreate")


@_attrs_define
class SubtaskCreate:
    """ A sub-task the lead unit decomposes its task into (R3); it inherits the source.

        Attributes:
            work_item (str): 工作项目
            content (str): 主要内容
            target (str): 目标进度要求
            lead_unit (str): Lead unit code (牵头单位)
            co_units (list[str] | Unset): Co-responsible unit codes (协办单位)
            post (None | str | Unset): Post (岗位), R3
            deadline (datetime.date | None | Unset): A date, or give deadline_working_days
            deadline_working_days (int | None | Unset): N working days after assignment (PRC calendar)
     """

    work_item: str
    content: str
    target: str
    lead_unit: str
    co_units: list[str] | Unset = UNSET
    post: None | str | Unset = UNSET
    deadline: datetime.date | None | Unset = UNSET
    deadline_working_days: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        work_item = self.work_item

        content = self.content

        target = self.target

        lead_unit = self.lead_unit

        co_units: list[str] | Unset = UNSET
        if not isinstance(self.co_units, Unset):
            co_units = self.co_units

        post: None | str | Unset
        if isinstance(self.post, Unset):
            post = UNSET
        else:
            post = self.post

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.date):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        deadline_working_days: int | None | Unset
        if isinstance(self.deadline_working_days, Unset):
            deadline_working_days = UNSET
        else:
            deadline_working_days = self.deadline_working_days

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "work_item": work_item,
            "content": content,
            "target": target,
            "lead_unit": lead_unit,
        })
        if co_units is not UNSET:
            field_dict["co_units"] = co_units
        if post is not UNSET:
            field_dict["post"] = post
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if deadline_working_days is not UNSET:
            field_dict["deadline_working_days"] = deadline_working_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        work_item = d.pop("work_item")

        content = d.pop("content")

        target = d.pop("target")

        lead_unit = d.pop("lead_unit")

        co_units = cast(list[str], d.pop("co_units", UNSET))

        def _parse_post(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post = _parse_post(d.pop("post", UNSET))

        def _parse_deadline(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_0 = datetime.date.fromisoformat(data)

                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))

        def _parse_deadline_working_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        deadline_working_days = _parse_deadline_working_days(d.pop("deadline_working_days", UNSET))

        subtask_create = cls(
            work_item=work_item,
            content=content,
            target=target,
            lead_unit=lead_unit,
            co_units=co_units,
            post=post,
            deadline=deadline,
            deadline_working_days=deadline_working_days,
        )

        return subtask_create
