from typing import Literal

OccurrenceStatus = Literal['completed', 'completed_late', 'open', 'overdue']

OCCURRENCE_STATUS_VALUES: set[OccurrenceStatus] = { 'completed', 'completed_late', 'open', 'overdue',  }

def check_occurrence_status(value: str) -> OccurrenceStatus:
    if value in OCCURRENCE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OCCURRENCE_STATUS_VALUES!r}")
