from typing import Literal

Circulator = Literal['department', 'government']

CIRCULATOR_VALUES: set[Circulator] = { 'department', 'government',  }

def check_circulator(value: str) -> Circulator:
    if value in CIRCULATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CIRCULATOR_VALUES!r}")
