"""What a run of the time-limit job answers."""

from datetime import datetime

from shared.schemas import ReadModel


class DeadlineRun(ReadModel):
    """What one run of the time-limit check produced."""

    checked_at: datetime
    reminders: int
    escalations: int
