from typing import Literal

Decider = Literal['city', 'district']

DECIDER_VALUES: set[Decider] = { 'city', 'district',  }

def check_decider(value: str) -> Decider:
    if value in DECIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DECIDER_VALUES!r}")
