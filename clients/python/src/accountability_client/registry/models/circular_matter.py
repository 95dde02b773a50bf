from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.circular_matter_standing import check_circular_matter_standing
from ..models.circular_matter_standing import CircularMatterStanding
from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="CircularMatter")


@_attrs_define
class CircularMatter:
    """ One of the mayor's matters in a circular, as it stood at the end of the quarter (R2).

        Attributes:
            task_id (UUID):
            work_item (str):
            leader (str):
            instruction (str):
            instructed_on (datetime.date):
            lead_unit (str):
            deadline (datetime.date):
            finished_on (datetime.date | None): When it was finished, if by the quarter's end
            standing (CircularMatterStanding): done by its deadline, late (finished after it or open past it), open
     """

    task_id: UUID
    work_item: str
    leader: str
    instruction: str
    instructed_on: datetime.date
    lead_unit: str
    deadline: datetime.date
    finished_on: datetime.date | None
    standing: CircularMatterStanding
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = str(self.task_id)

        work_item = self.work_item

        leader = self.leader

        instruction = self.instruction

        instructed_on = self.instructed_on.isoformat()

        lead_unit = self.lead_unit

        deadline = self.deadline.isoformat()

        finished_on: None | str
        if isinstance(self.finished_on, datetime.date):
            finished_on = self.finished_on.isoformat()
        else:
            finished_on = self.finished_on

        standing: str = self.standing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "task_id": task_id,
            "work_item": work_item,
            "leader": leader,
            "instruction": instruction,
            "instructed_on": instructed_on,
            "lead_unit": lead_unit,
            "deadline": deadline,
            "finished_on": finished_on,
            "standing": standing,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = UUID(d.pop("task_id"))

        work_item = d.pop("work_item")

        leader = d.pop("leader")

        instruction = d.pop("instruction")

        instructed_on = datetime.date.fromisoformat(d.pop("instructed_on"))

        lead_unit = d.pop("lead_unit")

        deadline = datetime.date.fromisoformat(d.pop("deadline"))

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

        standing = check_circular_matter_standing(d.pop("standing"))

        circular_matter = cls(
            task_id=task_id,
            work_item=work_item,
            leader=leader,
            instruction=instruction,
            instructed_on=instructed_on,
            lead_unit=lead_unit,
            deadline=deadline,
            finished_on=finished_on,
            standing=standing,
        )

        circular_matter.additional_properties = d
        return circular_matter

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
