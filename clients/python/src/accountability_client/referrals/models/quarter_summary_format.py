from typing import Literal

QuarterSummaryFormat = Literal['csv', 'json']

QUARTER_SUMMARY_FORMAT_VALUES: set[QuarterSummaryFormat] = { 'csv', 'json',  }

def check_quarter_summary_format(value: str) -> QuarterSummaryFormat:
    if value in QUARTER_SUMMARY_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {QUARTER_SUMMARY_FORMAT_VALUES!r}")
