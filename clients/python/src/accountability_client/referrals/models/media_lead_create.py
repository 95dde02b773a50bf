from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="MediaLeadCreate")


@_attrs_define
class MediaLeadCreate:
    """ A problem the media reported, taken up by supervision on its own initiative (R9).

        Attributes:
            outlet (str):
            title (str):
            summary (str):
            concerned_department (None | str | Unset):
     """

    outlet: str
    title: str
    summary: str
    concerned_department: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        outlet = self.outlet

        title = self.title

        summary = self.summary

        concerned_department: None | str | Unset
        if isinstance(self.concerned_department, Unset):
            concerned_department = UNSET
        else:
            concerned_department = self.concerned_department

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "outlet": outlet,
            "title": title,
            "summary": summary,
        })
        if concerned_department is not UNSET:
            field_dict["concerned_department"] = concerned_department

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outlet = d.pop("outlet")

        title = d.pop("title")

        summary = d.pop("summary")

        def _parse_concerned_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        concerned_department = _parse_concerned_department(d.pop("concerned_department", UNSET))

        media_lead_create = cls(
            outlet=outlet,
            title=title,
            summary=summary,
            concerned_department=concerned_department,
        )

        return media_lead_create
