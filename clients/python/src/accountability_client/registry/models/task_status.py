from typing import Literal

TaskStatus = Literal['assigned', 'cancelled', 'completed', 'completed_late', 'in_progress', 'overdue']

TASK_STATUS_VALUES: set[TaskStatus] = { 'assigned', 'cancelled', 'completed', 'completed_late', 'in_progress', 'overdue',  }

def check_task_status(value: str) -> TaskStatus:
    if value in TASK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TASK_STATUS_VALUES!r}")
