from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.leader_post import check_leader_post
from ..models.leader_post import LeaderPost
from ..models.task_kind import check_task_kind
from ..models.task_kind import TaskKind
from ..models.task_source import check_task_source
from ..models.task_source import TaskSource
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.recurrence_spec import RecurrenceSpec


T = TypeVar("T", bound="TaskCreate")


@_attrs_define
class TaskCreate:
    """ A top-level task assigned by the government office.

        Attributes:
            work_item (str): 工作项目
            content (str): 主要内容
            target (str): 目标进度要求
            lead_unit (str): Lead unit code (牵头单位)
            source (TaskSource): Where a task comes from.
            co_units (list[str] | Unset): Co-responsible unit codes (协办单位)
            post (None | str | Unset): Post (岗位), R3
            deadline (datetime.date | None | Unset): A date, or give deadline_working_days
            deadline_working_days (int | None | Unset): N working days after assignment (PRC calendar)
            recurrence (None | RecurrenceSpec | Unset): A recurring duty: each period is an occurrence (no deadline)
            kind (TaskKind | Unset): What a task is: a duty, or a matter a leader assigned by instruction (R2).
            leader (None | str | Unset): R2: who instructed (领导)
            leader_post (LeaderPost | None | Unset): R2: the leader's post; the circular covers the mayor's
            instruction (None | str | Unset): R2: the instruction (批示)
            instructed_on (datetime.date | None | Unset): R2: the instruction's date, not after the assignment
     """

    work_item: str
    content: str
    target: str
    lead_unit: str
    source: TaskSource
    co_units: list[str] | Unset = UNSET
    post: None | str | Unset = UNSET
    deadline: datetime.date | None | Unset = UNSET
    deadline_working_days: int | None | Unset = UNSET
    recurrence: None | RecurrenceSpec | Unset = UNSET
    kind: TaskKind | Unset = UNSET
    leader: None | str | Unset = UNSET
    leader_post: LeaderPost | None | Unset = UNSET
    instruction: None | str | Unset = UNSET
    instructed_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.recurrence_spec import RecurrenceSpec # noqa: PLC0415
        work_item = self.work_item

        content = self.content

        target = self.target

        lead_unit = self.lead_unit

        source: str = self.source

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

        recurrence: dict[str, Any] | None | Unset
        if isinstance(self.recurrence, Unset):
            recurrence = UNSET
        elif isinstance(self.recurrence, RecurrenceSpec):
            recurrence = self.recurrence.to_dict()
        else:
            recurrence = self.recurrence

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        leader: None | str | Unset
        if isinstance(self.leader, Unset):
            leader = UNSET
        else:
            leader = self.leader

        leader_post: None | str | Unset
        if isinstance(self.leader_post, Unset):
            leader_post = UNSET
        elif isinstance(self.leader_post, str):
            leader_post = self.leader_post
        else:
            leader_post = self.leader_post

        instruction: None | str | Unset
        if isinstance(self.instruction, Unset):
            instruction = UNSET
        else:
            instruction = self.instruction

        instructed_on: None | str | Unset
        if isinstance(self.instructed_on, Unset):
            instructed_on = UNSET
        elif isinstance(self.instructed_on, datetime.date):
            instructed_on = self.instructed_on.isoformat()
        else:
            instructed_on = self.instructed_on

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "work_item": work_item,
            "content": content,
            "target": target,
            "lead_unit": lead_unit,
            "source": source,
        })
        if co_units is not UNSET:
            field_dict["co_units"] = co_units
        if post is not UNSET:
            field_dict["post"] = post
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if deadline_working_days is not UNSET:
            field_dict["deadline_working_days"] = deadline_working_days
        if recurrence is not UNSET:
            field_dict["recurrence"] = recurrence
        if kind is not UNSET:
            field_dict["kind"] = kind
        if leader is not UNSET:
            field_dict["leader"] = leader
        if leader_post is not UNSET:
            field_dict["leader_post"] = leader_post
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if instructed_on is not UNSET:
            field_dict["instructed_on"] = instructed_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recurrence_spec import RecurrenceSpec # noqa: PLC0415
        d = dict(src_dict)
        work_item = d.pop("work_item")

        content = d.pop("content")

        target = d.pop("target")

        lead_unit = d.pop("lead_unit")

        source = check_task_source(d.pop("source"))

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

        def _parse_recurrence(data: object) -> None | RecurrenceSpec | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recurrence_type_0 = RecurrenceSpec.from_dict(data)

                return recurrence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecurrenceSpec | Unset, data)

        recurrence = _parse_recurrence(d.pop("recurrence", UNSET))

        _kind = d.pop("kind", UNSET)
        kind: TaskKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = check_task_kind(_kind)

        def _parse_leader(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        leader = _parse_leader(d.pop("leader", UNSET))

        def _parse_leader_post(data: object) -> LeaderPost | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                leader_post_type_0 = check_leader_post(data)

                return leader_post_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeaderPost | None | Unset, data)

        leader_post = _parse_leader_post(d.pop("leader_post", UNSET))

        def _parse_instruction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instruction = _parse_instruction(d.pop("instruction", UNSET))

        def _parse_instructed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                instructed_on_type_0 = datetime.date.fromisoformat(data)

                return instructed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        instructed_on = _parse_instructed_on(d.pop("instructed_on", UNSET))

        task_create = cls(
            work_item=work_item,
            content=content,
            target=target,
            lead_unit=lead_unit,
            source=source,
            co_units=co_units,
            post=post,
            deadline=deadline,
            deadline_working_days=deadline_working_days,
            recurrence=recurrence,
            kind=kind,
            leader=leader,
            leader_post=leader_post,
            instruction=instruction,
            instructed_on=instructed_on,
        )

        return task_create
