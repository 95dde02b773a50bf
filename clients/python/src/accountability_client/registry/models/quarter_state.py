from typing import Literal

QuarterState = Literal['missing', 'pending', 'reported', 'reported_late']

QUARTER_STATE_VALUES: set[QuarterState] = { 'missing', 'pending', 'reported', 'reported_late',  }

def check_quarter_state(value: str) -> QuarterState:
    if value in QUARTER_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUARTER_STATE_VALUES!r}")
