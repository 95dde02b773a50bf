from typing import Literal

ReadTokenFormat = Literal['json', 'xml']

READ_TOKEN_FORMAT_VALUES: set[ReadTokenFormat] = { 'json', 'xml',  }

def check_read_token_format(value: str) -> ReadTokenFormat:
    if value in READ_TOKEN_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {READ_TOKEN_FORMAT_VALUES!r}")
