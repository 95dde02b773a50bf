from typing import Literal

CircularMatterStanding = Literal['done', 'late', 'open']

CIRCULAR_MATTER_STANDING_VALUES: set[CircularMatterStanding] = { 'done', 'late', 'open',  }

def check_circular_matter_standing(value: str) -> CircularMatterStanding:
    if value in CIRCULAR_MATTER_STANDING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CIRCULAR_MATTER_STANDING_VALUES!r}")
