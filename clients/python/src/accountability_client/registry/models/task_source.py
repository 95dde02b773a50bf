from typing import Literal

TaskSource = Literal['government_work_report', 'leader_instruction', 'meeting_decision', 'rectification', 'responsibility_table', 'white_paper']

TASK_SOURCE_VALUES: set[TaskSource] = { 'government_work_report', 'leader_instruction', 'meeting_decision', 'rectification', 'responsibility_table', 'white_paper',  }

def check_task_source(value: str) -> TaskSource:
    if value in TASK_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TASK_SOURCE_VALUES!r}")
