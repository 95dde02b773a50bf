from typing import Literal

WhitePaperStatus = Literal['draft', 'published']

WHITE_PAPER_STATUS_VALUES: set[WhitePaperStatus] = { 'draft', 'published',  }

def check_white_paper_status(value: str) -> WhitePaperStatus:
    if value in WHITE_PAPER_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHITE_PAPER_STATUS_VALUES!r}")
