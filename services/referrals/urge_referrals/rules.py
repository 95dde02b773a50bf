"""When an urge notice becomes a referral, and who reads it (R5)."""

from shared.directory import FunctionalRole

# R5: two urge notices on the same overdue matter send it to supervision (once per task).
REFERRAL_SEQUENCE = 2
READERS = frozenset({FunctionalRole.SUPERVISION, FunctionalRole.GOV_OFFICE})


def opens_referral(sequence: int) -> bool:
    """Tells whether an urge notice with this number refers its task to supervision."""
    return sequence >= REFERRAL_SEQUENCE
