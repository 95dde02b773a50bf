from typing import Literal

EndpointType = Literal['production', 'test']

ENDPOINT_TYPE_VALUES: set[EndpointType] = { 'production', 'test',  }

def check_endpoint_type(value: str) -> EndpointType:
    if value in ENDPOINT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENDPOINT_TYPE_VALUES!r}")
