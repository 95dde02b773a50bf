from typing import Literal

Appraisal = Literal['basically_satisfied', 'dissatisfied', 'satisfied']

APPRAISAL_VALUES: set[Appraisal] = { 'basically_satisfied', 'dissatisfied', 'satisfied',  }

def check_appraisal(value: str) -> Appraisal:
    if value in APPRAISAL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APPRAISAL_VALUES!r}")
