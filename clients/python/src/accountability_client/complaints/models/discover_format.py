from typing import Literal

DiscoverFormat = Literal['json', 'xml']

DISCOVER_FORMAT_VALUES: set[DiscoverFormat] = { 'json', 'xml',  }

def check_discover_format(value: str) -> DiscoverFormat:
    if value in DISCOVER_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DISCOVER_FORMAT_VALUES!r}")
