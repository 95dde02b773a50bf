from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.task_action import check_task_action
from ..models.task_action import TaskAction
from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="TaskTransition")


@_attrs_define
class TaskTransition:
    """ An action on a task's lifecycle; cancelling needs a reason.

        Attributes:
            action (TaskAction): What moves a task from one status to another.
            reason (None | str | Unset):
     """

    action: TaskAction
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action: str = self.action

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "action": action,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = check_task_action(d.pop("action"))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        task_transition = cls(
            action=action,
            reason=reason,
        )

        return task_transition
