from typing import Literal

LeaderPost = Literal['mayor', 'other', 'secretary_general', 'vice_mayor']

LEADER_POST_VALUES: set[LeaderPost] = { 'mayor', 'other', 'secretary_general', 'vice_mayor',  }

def check_leader_post(value: str) -> LeaderPost:
    if value in LEADER_POST_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LEADER_POST_VALUES!r}")
