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
from ..models.task_status import check_task_status
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.task_read_due_rule_type_0 import TaskReadDueRuleType0


T = TypeVar("T", bound="TaskRead")


@_attrs_define
class TaskRead:
    """ A task.

        Attributes:
            id (UUID):
            parent_id (None | UUID):
            kind (TaskKind): What a task is: a duty, or a matter a leader assigned by instruction (R2).
            group_no (int | None):
            group_title (None | str):
            item_no (int | None):
            work_item (str):
            content (str):
            target (str):
            source (TaskSource): Where a task comes from.
            lead_unit (str):
            co_units (list[str]):
            post (None | str):
            responsible_text (None | str):
            status (TaskStatus): Where a task is in its lifecycle.
            assigned_on (datetime.date):
            deadline (datetime.date):
            deadline_working_days (int | None):
            deadline_provisional (bool):
            recurrence (None | str): quarterly, half_yearly, yearly, or none
            due_rule (None | TaskReadDueRuleType0): when each period is due
            assigned_by (str):
            progress (int):
            urge_count (int):
            leader (None | str):
            leader_post (LeaderPost | None):
            instruction (None | str):
            instructed_on (datetime.date | None):
            cancel_reason (None | str):
            finished_on (datetime.date | None):
            created_at (datetime.datetime):
            answers_to_assessment (int | None | Unset): the year of the evaluation (评估) the task answers to: its
                rectification's, else the lead unit's published evaluation of the year before (loop 1)
     """

    id: UUID
    parent_id: None | UUID
    kind: TaskKind
    group_no: int | None
    group_title: None | str
    item_no: int | None
    work_item: str
    content: str
    target: str
    source: TaskSource
    lead_unit: str
    co_units: list[str]
    post: None | str
    responsible_text: None | str
    status: TaskStatus
    assigned_on: datetime.date
    deadline: datetime.date
    deadline_working_days: int | None
    deadline_provisional: bool
    recurrence: None | str
    due_rule: None | TaskReadDueRuleType0
    assigned_by: str
    progress: int
    urge_count: int
    leader: None | str
    leader_post: LeaderPost | None
    instruction: None | str
    instructed_on: datetime.date | None
    cancel_reason: None | str
    finished_on: datetime.date | None
    created_at: datetime.datetime
    answers_to_assessment: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_read_due_rule_type_0 import TaskReadDueRuleType0 # noqa: PLC0415
        id = str(self.id)

        parent_id: None | str
        if isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        kind: str = self.kind

        group_no: int | None
        group_no = self.group_no

        group_title: None | str
        group_title = self.group_title

        item_no: int | None
        item_no = self.item_no

        work_item = self.work_item

        content = self.content

        target = self.target

        source: str = self.source

        lead_unit = self.lead_unit

        co_units = self.co_units

        post: None | str
        post = self.post

        responsible_text: None | str
        responsible_text = self.responsible_text

        status: str = self.status

        assigned_on = self.assigned_on.isoformat()

        deadline = self.deadline.isoformat()

        deadline_working_days: int | None
        deadline_working_days = self.deadline_working_days

        deadline_provisional = self.deadline_provisional

        recurrence: None | str
        recurrence = self.recurrence

        due_rule: dict[str, Any] | None
        if isinstance(self.due_rule, TaskReadDueRuleType0):
            due_rule = self.due_rule.to_dict()
        else:
            due_rule = self.due_rule

        assigned_by = self.assigned_by

        progress = self.progress

        urge_count = self.urge_count

        leader: None | str
        leader = self.leader

        leader_post: None | str
        if isinstance(self.leader_post, str):
            leader_post = self.leader_post
        else:
            leader_post = self.leader_post

        instruction: None | str
        instruction = self.instruction

        instructed_on: None | str
        if isinstance(self.instructed_on, datetime.date):
            instructed_on = self.instructed_on.isoformat()
        else:
            instructed_on = self.instructed_on

        cancel_reason: None | str
        cancel_reason = self.cancel_reason

        finished_on: None | str
        if isinstance(self.finished_on, datetime.date):
            finished_on = self.finished_on.isoformat()
        else:
            finished_on = self.finished_on

        created_at = self.created_at.isoformat()

        answers_to_assessment: int | None | Unset
        if isinstance(self.answers_to_assessment, Unset):
            answers_to_assessment = UNSET
        else:
            answers_to_assessment = self.answers_to_assessment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "parent_id": parent_id,
            "kind": kind,
            "group_no": group_no,
            "group_title": group_title,
            "item_no": item_no,
            "work_item": work_item,
            "content": content,
            "target": target,
            "source": source,
            "lead_unit": lead_unit,
            "co_units": co_units,
            "post": post,
            "responsible_text": responsible_text,
            "status": status,
            "assigned_on": assigned_on,
            "deadline": deadline,
            "deadline_working_days": deadline_working_days,
            "deadline_provisional": deadline_provisional,
            "recurrence": recurrence,
            "due_rule": due_rule,
            "assigned_by": assigned_by,
            "progress": progress,
            "urge_count": urge_count,
            "leader": leader,
            "leader_post": leader_post,
            "instruction": instruction,
            "instructed_on": instructed_on,
            "cancel_reason": cancel_reason,
            "finished_on": finished_on,
            "created_at": created_at,
        })
        if answers_to_assessment is not UNSET:
            field_dict["answers_to_assessment"] = answers_to_assessment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_read_due_rule_type_0 import TaskReadDueRuleType0 # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_parent_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        kind = check_task_kind(d.pop("kind"))

        def _parse_group_no(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        group_no = _parse_group_no(d.pop("group_no"))

        def _parse_group_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        group_title = _parse_group_title(d.pop("group_title"))

        def _parse_item_no(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        item_no = _parse_item_no(d.pop("item_no"))

        work_item = d.pop("work_item")

        content = d.pop("content")

        target = d.pop("target")

        source = check_task_source(d.pop("source"))

        lead_unit = d.pop("lead_unit")

        co_units = cast(list[str], d.pop("co_units"))

        def _parse_post(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        post = _parse_post(d.pop("post"))

        def _parse_responsible_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        responsible_text = _parse_responsible_text(d.pop("responsible_text"))

        status = check_task_status(d.pop("status"))

        assigned_on = datetime.date.fromisoformat(d.pop("assigned_on"))

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

        def _parse_deadline_working_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        deadline_working_days = _parse_deadline_working_days(d.pop("deadline_working_days"))

        deadline_provisional = d.pop("deadline_provisional")

        def _parse_recurrence(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        recurrence = _parse_recurrence(d.pop("recurrence"))

        def _parse_due_rule(data: object) -> None | TaskReadDueRuleType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                due_rule_type_0 = TaskReadDueRuleType0.from_dict(data)

                return due_rule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskReadDueRuleType0, data)

        due_rule = _parse_due_rule(d.pop("due_rule"))

        assigned_by = d.pop("assigned_by")

        progress = d.pop("progress")

        urge_count = d.pop("urge_count")

        def _parse_leader(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        leader = _parse_leader(d.pop("leader"))

        def _parse_leader_post(data: object) -> LeaderPost | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                leader_post_type_0 = check_leader_post(data)

                return leader_post_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeaderPost | None, data)

        leader_post = _parse_leader_post(d.pop("leader_post"))

        def _parse_instruction(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        instruction = _parse_instruction(d.pop("instruction"))

        def _parse_instructed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                instructed_on_type_0 = datetime.date.fromisoformat(data)

                return instructed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        instructed_on = _parse_instructed_on(d.pop("instructed_on"))

        def _parse_cancel_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason"))

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_answers_to_assessment(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        answers_to_assessment = _parse_answers_to_assessment(d.pop("answers_to_assessment", UNSET))

        task_read = cls(
            id=id,
            parent_id=parent_id,
            kind=kind,
            group_no=group_no,
            group_title=group_title,
            item_no=item_no,
            work_item=work_item,
            content=content,
            target=target,
            source=source,
            lead_unit=lead_unit,
            co_units=co_units,
            post=post,
            responsible_text=responsible_text,
            status=status,
            assigned_on=assigned_on,
            deadline=deadline,
            deadline_working_days=deadline_working_days,
            deadline_provisional=deadline_provisional,
            recurrence=recurrence,
            due_rule=due_rule,
            assigned_by=assigned_by,
            progress=progress,
            urge_count=urge_count,
            leader=leader,
            leader_post=leader_post,
            instruction=instruction,
            instructed_on=instructed_on,
            cancel_reason=cancel_reason,
            finished_on=finished_on,
            created_at=created_at,
            answers_to_assessment=answers_to_assessment,
        )

        task_read.additional_properties = d
        return task_read

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
