from typing import Literal

ReadRequestFormat = Literal['json', 'xml']

READ_REQUEST_FORMAT_VALUES: set[ReadRequestFormat] = { 'json', 'xml',  }

def check_read_request_format(value: str) -> ReadRequestFormat:
    if value in READ_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {READ_REQUEST_FORMAT_VALUES!r}")
