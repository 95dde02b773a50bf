"""Statistics rules (R14, R17): who reads them, the on-time rate."""

from shared.directory import FunctionalRole

# Supervision and the government office read the quarterly statistics (R14).
READERS = frozenset({FunctionalRole.SUPERVISION, FunctionalRole.GOV_OFFICE})


def on_time_rate(on_time_count: int, handled_count: int) -> float | None:
    """Gets the share of handled complaints handled within their limit (None when none)."""
    return round(on_time_count / handled_count, 4) if handled_count else None
