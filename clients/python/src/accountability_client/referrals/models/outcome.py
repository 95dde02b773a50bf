from typing import Literal

Outcome = Literal['changed', 'lost', 'revoked', 'upheld']

OUTCOME_VALUES: set[Outcome] = { 'changed', 'lost', 'revoked', 'upheld',  }

def check_outcome(value: str) -> Outcome:
    if value in OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OUTCOME_VALUES!r}")
