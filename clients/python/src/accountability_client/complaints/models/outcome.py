from typing import Literal

Outcome = Literal['not_competent', 'partly_substantiated', 'substantiated', 'unsubstantiated']

OUTCOME_VALUES: set[Outcome] = { 'not_competent', 'partly_substantiated', 'substantiated', 'unsubstantiated',  }

def check_outcome(value: str) -> Outcome:
    if value in OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTCOME_VALUES!r}")
