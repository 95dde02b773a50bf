from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.occurrence_status import check_occurrence_status
from ..models.occurrence_status import OccurrenceStatus
from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="OccurrenceRead")


@_attrs_define
class OccurrenceRead:
    """ One period of a recurring task.

        Attributes:
            id (UUID):
            task_id (UUID):
            period (str): 2026-Q3, 2026-H1 or 2026
            starts_on (datetime.date):
            ends_on (datetime.date):
            due (datetime.date):
            due_provisional (bool):
            status (OccurrenceStatus): Where one period's occurrence of a duty stands.
            progress (int):
            finished_on (datetime.date | None):
     """

    id: UUID
    task_id: UUID
    period: str
    starts_on: datetime.date
    ends_on: datetime.date
    due: datetime.date
    due_provisional: bool
    status: OccurrenceStatus
    progress: int
    finished_on: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        task_id = str(self.task_id)

        period = self.period

        starts_on = self.starts_on.isoformat()

        ends_on = self.ends_on.isoformat()

        due = self.due.isoformat()

        due_provisional = self.due_provisional

        status: str = self.status

        progress = self.progress

        finished_on: None | str
        if isinstance(self.finished_on, datetime.date):
            finished_on = self.finished_on.isoformat()
        else:
            finished_on = self.finished_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "task_id": task_id,
            "period": period,
            "starts_on": starts_on,
            "ends_on": ends_on,
            "due": due,
            "due_provisional": due_provisional,
            "status": status,
            "progress": progress,
            "finished_on": finished_on,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        task_id = UUID(d.pop("task_id"))

        period = d.pop("period")

        starts_on = datetime.date.fromisoformat(d.pop("starts_on"))

        ends_on = datetime.date.fromisoformat(d.pop("ends_on"))

        due = datetime.date.fromisoformat(d.pop("due"))

        due_provisional = d.pop("due_provisional")

        status = check_occurrence_status(d.pop("status"))

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

        occurrence_read = cls(
            id=id,
            task_id=task_id,
            period=period,
            starts_on=starts_on,
            ends_on=ends_on,
            due=due,
            due_provisional=due_provisional,
            status=status,
            progress=progress,
            finished_on=finished_on,
        )

        occurrence_read.additional_properties = d
        return occurrence_read

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
