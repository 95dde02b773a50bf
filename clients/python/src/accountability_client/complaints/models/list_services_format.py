from typing import Literal

ListServicesFormat = Literal['json', 'xml']

LIST_SERVICES_FORMAT_VALUES: set[ListServicesFormat] = { 'json', 'xml',  }

def check_list_services_format(value: str) -> ListServicesFormat:
    if value in LIST_SERVICES_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_SERVICES_FORMAT_VALUES!r}")
