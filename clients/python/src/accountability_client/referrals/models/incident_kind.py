from typing import Literal

IncidentKind = Literal['accident', 'event']

INCIDENT_KIND_VALUES: set[IncidentKind] = { 'accident', 'event',  }

def check_incident_kind(value: str) -> IncidentKind:
    if value in INCIDENT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INCIDENT_KIND_VALUES!r}")
