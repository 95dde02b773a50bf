from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.progress_report_read import ProgressReportRead
  from ..models.quarter_read import QuarterRead


T = TypeVar("T", bound="TaskProgressRead")


@_attrs_define
class TaskProgressRead:
    """ A task's reports and its quarter-by-quarter reporting record.

        Attributes:
            task_id (UUID):
            progress (int):
            reports (list[ProgressReportRead]):
            quarters (list[QuarterRead]):
     """

    task_id: UUID
    progress: int
    reports: list[ProgressReportRead]
    quarters: list[QuarterRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.progress_report_read import ProgressReportRead # noqa: PLC0415
        from ..models.quarter_read import QuarterRead # noqa: PLC0415
        task_id = str(self.task_id)

        progress = self.progress

        reports = []
        for reports_item_data in self.reports:
            reports_item = reports_item_data.to_dict()
            reports.append(reports_item)

        quarters = []
        for quarters_item_data in self.quarters:
            quarters_item = quarters_item_data.to_dict()
            quarters.append(quarters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "task_id": task_id,
            "progress": progress,
            "reports": reports,
            "quarters": quarters,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.progress_report_read import ProgressReportRead # noqa: PLC0415
        from ..models.quarter_read import QuarterRead # noqa: PLC0415
        d = dict(src_dict)
        task_id = UUID(d.pop("task_id"))

        progress = d.pop("progress")

        reports = []
        _reports = d.pop("reports")
        for reports_item_data in (_reports):
            reports_item = ProgressReportRead.from_dict(reports_item_data)

            reports.append(reports_item)

        quarters = []
        _quarters = d.pop("quarters")
        for quarters_item_data in (_quarters):
            quarters_item = QuarterRead.from_dict(quarters_item_data)

            quarters.append(quarters_item)

        task_progress_read = cls(
            task_id=task_id,
            progress=progress,
            reports=reports,
            quarters=quarters,
        )

        task_progress_read.additional_properties = d
        return task_progress_read

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
