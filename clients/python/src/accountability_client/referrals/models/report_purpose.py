from typing import Literal

ReportPurpose = Literal['information', 'referral']

REPORT_PURPOSE_VALUES: set[ReportPurpose] = { 'information', 'referral',  }

def check_report_purpose(value: str) -> ReportPurpose:
    if value in REPORT_PURPOSE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_PURPOSE_VALUES!r}")
