from typing import Literal

Recurrence = Literal['half_yearly', 'quarterly', 'yearly']

RECURRENCE_VALUES: set[Recurrence] = { 'half_yearly', 'quarterly', 'yearly',  }

def check_recurrence(value: str) -> Recurrence:
    if value in RECURRENCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECURRENCE_VALUES!r}")
