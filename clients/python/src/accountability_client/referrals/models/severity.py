from typing import Literal

Severity = Literal['especially_major', 'large', 'major', 'ordinary_large_loss']

SEVERITY_VALUES: set[Severity] = { 'especially_major', 'large', 'major', 'ordinary_large_loss',  }

def check_severity(value: str) -> Severity:
    if value in SEVERITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEVERITY_VALUES!r}")
