from typing import Literal

TaskAction = Literal['cancel', 'complete', 'mark_overdue', 'start']

TASK_ACTION_VALUES: set[TaskAction] = { 'cancel', 'complete', 'mark_overdue', 'start',  }

def check_task_action(value: str) -> TaskAction:
    if value in TASK_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TASK_ACTION_VALUES!r}")
