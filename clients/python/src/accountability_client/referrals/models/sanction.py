from typing import Literal

Sanction = Literal['admonishing_talk', 'admonition', 'circulated_criticism', 'ordered_rectification', 'ordered_resignation', 'public_apology', 'recommended_removal', 'removal', 'resignation', 'suspension', 'transfer', 'written_self_criticism']

SANCTION_VALUES: set[Sanction] = { 'admonishing_talk', 'admonition', 'circulated_criticism', 'ordered_rectification', 'ordered_resignation', 'public_apology', 'recommended_removal', 'removal', 'resignation', 'suspension', 'transfer', 'written_self_criticism',  }

def check_sanction(value: str) -> Sanction:
    if value in SANCTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SANCTION_VALUES!r}")
