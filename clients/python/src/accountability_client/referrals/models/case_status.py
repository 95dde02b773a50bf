from typing import Literal

CaseStatus = Literal['accepted', 'closed', 'decided', 'feedback_sent', 'received', 'rejected', 'under_investigation']

CASE_STATUS_VALUES: set[CaseStatus] = { 'accepted', 'closed', 'decided', 'feedback_sent', 'received', 'rejected', 'under_investigation',  }

def check_case_status(value: str) -> CaseStatus:
    if value in CASE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CASE_STATUS_VALUES!r}")
