from typing import Literal

JointMeetingPackFormat = Literal['csv', 'json']

JOINT_MEETING_PACK_FORMAT_VALUES: set[JointMeetingPackFormat] = { 'csv', 'json',  }

def check_joint_meeting_pack_format(value: str) -> JointMeetingPackFormat:
    if value in JOINT_MEETING_PACK_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOINT_MEETING_PACK_FORMAT_VALUES!r}")
