"""The joint meeting (联席会议, R7): its participants and who convenes and reads it (pure)."""

from shared.directory import FunctionalRole

# 000 item 19: supervision, finance, audit, legal and personnel meet each quarter.
PARTICIPANTS = (
    FunctionalRole.SUPERVISION,
    FunctionalRole.FINANCE,
    FunctionalRole.AUDIT,
    FunctionalRole.LEGAL,
    FunctionalRole.PERSONNEL,
)
CONVENERS = frozenset({FunctionalRole.SUPERVISION})
READERS = frozenset({*PARTICIPANTS, FunctionalRole.GOV_OFFICE})
