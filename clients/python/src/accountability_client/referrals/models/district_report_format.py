from typing import Literal

DistrictReportFormat = Literal['csv', 'json']

DISTRICT_REPORT_FORMAT_VALUES: set[DistrictReportFormat] = { 'csv', 'json',  }

def check_district_report_format(value: str) -> DistrictReportFormat:
    if value in DISTRICT_REPORT_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DISTRICT_REPORT_FORMAT_VALUES!r}")
