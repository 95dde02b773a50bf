from typing import Literal

ApologyReason = Literal['dereliction_found', 'explanation_missed']

APOLOGY_REASON_VALUES: set[ApologyReason] = { 'dereliction_found', 'explanation_missed',  }

def check_apology_reason(value: str) -> ApologyReason:
    if value in APOLOGY_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {APOLOGY_REASON_VALUES!r}")
