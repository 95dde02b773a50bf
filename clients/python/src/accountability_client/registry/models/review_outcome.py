from typing import Literal

ReviewOutcome = Literal['accepted', 'returned']

REVIEW_OUTCOME_VALUES: set[ReviewOutcome] = { 'accepted', 'returned',  }

def check_review_outcome(value: str) -> ReviewOutcome:
    if value in REVIEW_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REVIEW_OUTCOME_VALUES!r}")
