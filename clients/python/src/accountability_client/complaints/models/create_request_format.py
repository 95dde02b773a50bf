from typing import Literal

CreateRequestFormat = Literal['json', 'xml']

CREATE_REQUEST_FORMAT_VALUES: set[CreateRequestFormat] = { 'json', 'xml',  }

def check_create_request_format(value: str) -> CreateRequestFormat:
    if value in CREATE_REQUEST_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_REQUEST_FORMAT_VALUES!r}")
