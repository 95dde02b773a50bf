from typing import Literal

Proceeding = Literal['lawsuit', 'reconsideration']

PROCEEDING_VALUES: set[Proceeding] = { 'lawsuit', 'reconsideration',  }

def check_proceeding(value: str) -> Proceeding:
    if value in PROCEEDING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROCEEDING_VALUES!r}")
