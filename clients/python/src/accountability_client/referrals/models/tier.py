from typing import Literal

Tier = Literal['city', 'department', 'district', 'street']

TIER_VALUES: set[Tier] = { 'city', 'department', 'district', 'street',  }

def check_tier(value: str) -> Tier:
    if value in TIER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TIER_VALUES!r}")
