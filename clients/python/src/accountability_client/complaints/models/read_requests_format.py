from typing import Literal

ReadRequestsFormat = Literal['json', 'xml']

READ_REQUESTS_FORMAT_VALUES: set[ReadRequestsFormat] = { 'json', 'xml',  }

def check_read_requests_format(value: str) -> ReadRequestsFormat:
    if value in READ_REQUESTS_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {READ_REQUESTS_FORMAT_VALUES!r}")
