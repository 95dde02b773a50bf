from typing import Literal

Open311Status = Literal['closed', 'open']

OPEN_311_STATUS_VALUES: set[Open311Status] = { 'closed', 'open',  }

def check_open_311_status(value: str) -> Open311Status:
    if value in OPEN_311_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPEN_311_STATUS_VALUES!r}")
