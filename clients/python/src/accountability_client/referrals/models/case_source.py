from typing import Literal

CaseSource = Literal['complaint_referral', 'incident', 'incident_review', 'media_lead', 'report', 'urge_referral']

CASE_SOURCE_VALUES: set[CaseSource] = { 'complaint_referral', 'incident', 'incident_review', 'media_lead', 'report', 'urge_referral',  }

def check_case_source(value: str) -> CaseSource:
    if value in CASE_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CASE_SOURCE_VALUES!r}")
