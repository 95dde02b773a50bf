"""Statistics rules without I/O: the on-time rate (R17) and who reads it (R14)."""

from services.complaints.statistics.rules import READERS, on_time_rate
from shared.directory import FunctionalRole


def test_on_time_rate_R17() -> None:
    assert on_time_rate(3, 4) == 0.75
    assert on_time_rate(0, 0) is None


def test_supervision_and_the_government_office_read_the_statistics_R14() -> None:
    assert {FunctionalRole.SUPERVISION, FunctionalRole.GOV_OFFICE} == READERS
