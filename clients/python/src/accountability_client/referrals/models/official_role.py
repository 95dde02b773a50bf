from typing import Literal

OfficialRole = Literal['district_department_deputy', 'district_deputy', 'principal_leader', 'street_deputy', 'street_principal']

OFFICIAL_ROLE_VALUES: set[OfficialRole] = { 'district_department_deputy', 'district_deputy', 'principal_leader', 'street_deputy', 'street_principal',  }

def check_official_role(value: str) -> OfficialRole:
    if value in OFFICIAL_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OFFICIAL_ROLE_VALUES!r}")
