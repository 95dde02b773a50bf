from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.official_role import check_official_role
from ..models.official_role import OfficialRole
from ..models.sanction import check_sanction
from ..models.sanction import Sanction
from typing import cast


T = TypeVar("T", bound="OfficialRead")


@_attrs_define
class OfficialRead:
    """ An official with the initial form the table proposes (None: the table names none).

        Attributes:
            role (OfficialRole): The officials articles 13–16 name.
            name (str):
            post (str):
            unit (str):
            proposed_sanction (None | Sanction):
     """

    role: OfficialRole
    name: str
    post: str
    unit: str
    proposed_sanction: None | Sanction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        name = self.name

        post = self.post

        unit = self.unit

        proposed_sanction: None | str
        if isinstance(self.proposed_sanction, str):
            proposed_sanction = self.proposed_sanction
        else:
            proposed_sanction = self.proposed_sanction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "role": role,
            "name": name,
            "post": post,
            "unit": unit,
            "proposed_sanction": proposed_sanction,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_official_role(d.pop("role"))

        name = d.pop("name")

        post = d.pop("post")

        unit = d.pop("unit")

        def _parse_proposed_sanction(data: object) -> None | Sanction:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proposed_sanction_type_0 = check_sanction(data)

                return proposed_sanction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Sanction, data)

        proposed_sanction = _parse_proposed_sanction(d.pop("proposed_sanction"))

        official_read = cls(
            role=role,
            name=name,
            post=post,
            unit=unit,
            proposed_sanction=proposed_sanction,
        )

        official_read.additional_properties = d
        return official_read

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
