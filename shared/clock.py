"""The clock every timer reads (deadlines, reminders, escalations); tests can set it."""

from datetime import UTC, datetime, timedelta


class Clock:
    """The current time: the system's, or a set time in test environments."""

    def __init__(self) -> None:
        self._set: datetime | None = None
        self._offset = timedelta(0)

    def now(self) -> datetime:
        """Gets the current time (timezone-aware, UTC)."""
        if self._set is not None:
            return self._set + self._offset
        return datetime.now(UTC) + self._offset

    def set(self, at: datetime) -> None:
        """Freezes the clock at a time (tests)."""
        if at.tzinfo is None:
            raise ValueError("the time must carry a timezone")
        self._set, self._offset = at, timedelta(0)

    def advance(self, delta: timedelta) -> None:
        """Moves the clock forward (tests)."""
        self._offset += delta

    def reset(self) -> None:
        """Returns to the system time."""
        self._set, self._offset = None, timedelta(0)
