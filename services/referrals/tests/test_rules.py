"""Who files and reads referral reports (R4, R5, R6), without I/O."""

import pytest

from services.referrals.reports.rules import FILERS, ReportKind, may_file, may_read
from shared.directory import FunctionalRole


@pytest.mark.parametrize("kind", list(ReportKind))
def test_only_the_owning_role_files_each_kind_R4_R5(kind: ReportKind) -> None:
    allowed = [role for role in FunctionalRole if may_file(role, kind)]
    assert allowed == [FILERS[kind]]
    assert not may_file(None, kind)


def test_urge_notices_are_filed_by_the_government_office_R5() -> None:
    assert may_file(FunctionalRole.GOV_OFFICE, ReportKind.URGE_NOTICE)
    assert not may_file(FunctionalRole.FINANCE, ReportKind.URGE_NOTICE)


def test_filer_supervision_and_personnel_read_a_report_R6() -> None:
    assert may_read("SZ-FINANCE", FunctionalRole.FINANCE, filed_by="SZ-FINANCE")
    assert may_read("SZ-SUPERVISION", FunctionalRole.SUPERVISION, filed_by="SZ-FINANCE")
    assert may_read("SZ-PERSONNEL", FunctionalRole.PERSONNEL, filed_by="SZ-FINANCE")
    assert not may_read("SZ-AUDIT", FunctionalRole.AUDIT, filed_by="SZ-FINANCE")
    assert not may_read("SZ-URBAN-MGMT", None, filed_by="SZ-FINANCE")
