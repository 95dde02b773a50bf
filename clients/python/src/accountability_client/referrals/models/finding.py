from typing import Literal

Finding = Literal['fault', 'no_fault']

FINDING_VALUES: set[Finding] = { 'fault', 'no_fault',  }

def check_finding(value: str) -> Finding:
    if value in FINDING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FINDING_VALUES!r}")
