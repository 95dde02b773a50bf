from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.attribute_value import AttributeValue


T = TypeVar("T", bound="Attribute")


@_attrs_define
class Attribute:
    """ One attribute of a service definition.

        Attributes:
            variable (bool):
            code (str):
            datatype (str):
            required (bool):
            datatype_description (None | str):
            order (int):
            description (str):
            values (list[AttributeValue] | None | Unset):
     """

    variable: bool
    code: str
    datatype: str
    required: bool
    datatype_description: None | str
    order: int
    description: str
    values: list[AttributeValue] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attribute_value import AttributeValue # noqa: PLC0415
        variable = self.variable

        code = self.code

        datatype = self.datatype

        required = self.required

        datatype_description: None | str
        datatype_description = self.datatype_description

        order = self.order

        description = self.description

        values: list[dict[str, Any]] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = []
            for values_type_0_item_data in self.values:
                values_type_0_item = values_type_0_item_data.to_dict()
                values.append(values_type_0_item)

        else:
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "variable": variable,
            "code": code,
            "datatype": datatype,
            "required": required,
            "datatype_description": datatype_description,
            "order": order,
            "description": description,
        })
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_value import AttributeValue # noqa: PLC0415
        d = dict(src_dict)
        variable = d.pop("variable")

        code = d.pop("code")

        datatype = d.pop("datatype")

        required = d.pop("required")

        def _parse_datatype_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        datatype_description = _parse_datatype_description(d.pop("datatype_description"))

        order = d.pop("order")

        description = d.pop("description")

        def _parse_values(data: object) -> list[AttributeValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_0 = []
                _values_type_0 = data
                for values_type_0_item_data in (_values_type_0):
                    values_type_0_item = AttributeValue.from_dict(values_type_0_item_data)

                    values_type_0.append(values_type_0_item)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AttributeValue] | None | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        attribute = cls(
            variable=variable,
            code=code,
            datatype=datatype,
            required=required,
            datatype_description=datatype_description,
            order=order,
            description=description,
            values=values,
        )

        attribute.additional_properties = d
        return attribute

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
