from typing import Literal

FunctionalRole = Literal['AUDIT', 'FINANCE', 'GOV_OFFICE', 'LEGAL', 'PERSONNEL', 'PETITION', 'SUPERVISION']

FUNCTIONAL_ROLE_VALUES: set[FunctionalRole] = { 'AUDIT', 'FINANCE', 'GOV_OFFICE', 'LEGAL', 'PERSONNEL', 'PETITION', 'SUPERVISION',  }

def check_functional_role(value: str) -> FunctionalRole:
    if value in FUNCTIONAL_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FUNCTIONAL_ROLE_VALUES!r}")
