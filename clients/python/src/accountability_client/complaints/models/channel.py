from typing import Literal

Channel = Literal['internal', 'letters_visits', 'mayor_hotline', 'media_report', 'phone_hotline', 'web_form']

CHANNEL_VALUES: set[Channel] = { 'internal', 'letters_visits', 'mayor_hotline', 'media_report', 'phone_hotline', 'web_form',  }

def check_channel(value: str) -> Channel:
    if value in CHANNEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHANNEL_VALUES!r}")
