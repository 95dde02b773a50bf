from typing import Literal

TaskKind = Literal['duty', 'leader_matter']

TASK_KIND_VALUES: set[TaskKind] = { 'duty', 'leader_matter',  }

def check_task_kind(value: str) -> TaskKind:
    if value in TASK_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TASK_KIND_VALUES!r}")
