from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.department_kind import check_department_kind
from ..models.department_kind import DepartmentKind
from ..models.functional_role import check_functional_role
from ..models.functional_role import FunctionalRole
from typing import cast


T = TypeVar("T", bound="DepartmentRead")


@_attrs_define
class DepartmentRead:
    """ A department of the directory.

        Attributes:
            code (str):
            name_zh (str):
            name_en (str):
            kind (DepartmentKind): What kind of unit a department is.
            role (FunctionalRole | None):
            parent_code (None | str):
            complaint_phone (None | str):
            complaint_url (None | str):
            active (bool):
            version (int): Grows with every change (copies keep the newest)
     """

    code: str
    name_zh: str
    name_en: str
    kind: DepartmentKind
    role: FunctionalRole | None
    parent_code: None | str
    complaint_phone: None | str
    complaint_url: None | str
    active: bool
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name_zh = self.name_zh

        name_en = self.name_en

        kind: str = self.kind

        role: None | str
        if isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        parent_code: None | str
        parent_code = self.parent_code

        complaint_phone: None | str
        complaint_phone = self.complaint_phone

        complaint_url: None | str
        complaint_url = self.complaint_url

        active = self.active

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "name_zh": name_zh,
            "name_en": name_en,
            "kind": kind,
            "role": role,
            "parent_code": parent_code,
            "complaint_phone": complaint_phone,
            "complaint_url": complaint_url,
            "active": active,
            "version": version,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name_zh = d.pop("name_zh")

        name_en = d.pop("name_en")

        kind = check_department_kind(d.pop("kind"))

        def _parse_role(data: object) -> FunctionalRole | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = check_functional_role(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FunctionalRole | None, data)

        role = _parse_role(d.pop("role"))

        def _parse_parent_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_code = _parse_parent_code(d.pop("parent_code"))

        def _parse_complaint_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        complaint_phone = _parse_complaint_phone(d.pop("complaint_phone"))

        def _parse_complaint_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        complaint_url = _parse_complaint_url(d.pop("complaint_url"))

        active = d.pop("active")

        version = d.pop("version")

        department_read = cls(
            code=code,
            name_zh=name_zh,
            name_en=name_en,
            kind=kind,
            role=role,
            parent_code=parent_code,
            complaint_phone=complaint_phone,
            complaint_url=complaint_url,
            active=active,
            version=version,
        )

        department_read.additional_properties = d
        return department_read

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
