from typing import Literal

DepartmentKind = Literal['city_department', 'district_government', 'internal_unit', 'street_office']

DEPARTMENT_KIND_VALUES: set[DepartmentKind] = { 'city_department', 'district_government', 'internal_unit', 'street_office',  }

def check_department_kind(value: str) -> DepartmentKind:
    if value in DEPARTMENT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEPARTMENT_KIND_VALUES!r}")
