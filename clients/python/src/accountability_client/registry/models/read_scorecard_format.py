from typing import Literal

ReadScorecardFormat = Literal['csv', 'json']

READ_SCORECARD_FORMAT_VALUES: set[ReadScorecardFormat] = { 'csv', 'json',  }

def check_read_scorecard_format(value: str) -> ReadScorecardFormat:
    if value in READ_SCORECARD_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {READ_SCORECARD_FORMAT_VALUES!r}")
