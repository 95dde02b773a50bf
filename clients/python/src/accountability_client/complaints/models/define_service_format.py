from typing import Literal

DefineServiceFormat = Literal['json', 'xml']

DEFINE_SERVICE_FORMAT_VALUES: set[DefineServiceFormat] = { 'json', 'xml',  }

def check_define_service_format(value: str) -> DefineServiceFormat:
    if value in DEFINE_SERVICE_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DEFINE_SERVICE_FORMAT_VALUES!r}")
