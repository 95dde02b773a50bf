from typing import Literal

StepKind = Literal['accountability_reported', 'acknowledged', 'escalated', 'feedback_given', 'forwarded', 'handled', 'reassigned', 'received', 'reminded']

STEP_KIND_VALUES: set[StepKind] = { 'accountability_reported', 'acknowledged', 'escalated', 'feedback_given', 'forwarded', 'handled', 'reassigned', 'received', 'reminded',  }

def check_step_kind(value: str) -> StepKind:
    if value in STEP_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STEP_KIND_VALUES!r}")
