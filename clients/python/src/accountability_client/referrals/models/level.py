from typing import Literal

Level = Literal['deputy_in_charge', 'principal']

LEVEL_VALUES: set[Level] = { 'deputy_in_charge', 'principal',  }

def check_level(value: str) -> Level:
    if value in LEVEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LEVEL_VALUES!r}")
