"""Complaint rules without I/O: channels and first contact (R15), routing (R9, R10), time limits."""

from datetime import UTC, date, datetime

from services.complaints.complaints.rules import (
    CATEGORY_TERMS,
    DEFAULT_TIME_LIMITS,
    IDENTITY_REMOVED,
    Category,
    Channel,
    TimeLimit,
    due_dates,
    first_contact,
    initial_handler,
    may_enter,
    may_read,
    may_read_identity,
    on_time,
    time_limit,
    without_identity,
)
from shared.directory import FunctionalRole
from shared.workdays import WorkCalendar, local_date

CALENDAR = WorkCalendar.official()


def test_every_category_has_its_chinese_term_and_a_time_limit() -> None:
    assert CATEGORY_TERMS[Category.INACTION] == "不作为"
    assert CATEGORY_TERMS[Category.BUCK_PASSING] == "推诿扯皮"
    assert CATEGORY_TERMS[Category.UNLAWFUL_LICENSING] == "违法实施行政许可"
    assert set(CATEGORY_TERMS) == set(Category) == set(DEFAULT_TIME_LIMITS)


def test_letters_and_visits_are_entered_by_petition_and_the_web_form_by_nobody() -> None:
    assert may_enter(Channel.LETTERS_VISITS, FunctionalRole.PETITION)
    assert not may_enter(Channel.LETTERS_VISITS, FunctionalRole.FINANCE)
    assert not may_enter(Channel.LETTERS_VISITS, None)
    assert may_enter(Channel.PHONE_HOTLINE, None)
    assert not may_enter(Channel.WEB_FORM, FunctionalRole.PETITION)


def test_first_contact_is_the_entering_unit_or_the_web_forms_target_R15() -> None:
    assert first_contact(Channel.WEB_FORM, None, "SZ-URBAN-MGMT") == "SZ-URBAN-MGMT"
    assert first_contact(Channel.MAYOR_HOTLINE, "SZ-GOV-OFFICE", "SZ-URBAN-MGMT") == "SZ-GOV-OFFICE"


def test_media_leads_go_to_supervision_R9() -> None:
    assert initial_handler(Channel.MEDIA_REPORT, "SZ-GOV-OFFICE", "SZ-URBAN-MGMT", "SUP") == "SUP"


def test_letters_and_visits_stay_with_petition_to_be_forwarded_R10() -> None:
    assert initial_handler(Channel.LETTERS_VISITS, "PET", "SZ-URBAN-MGMT", "SUP") == "PET"
    assert initial_handler(Channel.WEB_FORM, "X", "SZ-URBAN-MGMT", "SUP") == "SZ-URBAN-MGMT"


def test_due_dates_count_prc_working_days_over_national_day_R15() -> None:
    # Received Wednesday 30 September 2026; 1-7 October are holidays, Saturday 10 October is
    # an adjusted working day (调休).
    received = datetime(2026, 9, 30, 2, 0, tzinfo=UTC)
    ack, handle = due_dates(received, TimeLimit(2, 3), CALENDAR)
    assert ack == date(2026, 10, 9)
    assert handle == date(2026, 10, 10)


def test_the_date_is_the_citys_not_utcs() -> None:
    assert local_date(datetime(2026, 12, 1, 17, 0, tzinfo=UTC)) == date(2026, 12, 2)


def test_configured_time_limits_override_the_defaults() -> None:
    assert time_limit(Category.DELAY, {}) == DEFAULT_TIME_LIMITS[Category.DELAY]
    assert time_limit(Category.DELAY, {"delay": (1, 5)}) == TimeLimit(1, 5)


def test_supervision_reads_every_complaint_others_only_their_own() -> None:
    parties = {"handler": "H", "first_contact_unit": "F", "forwarder": "P", "overseer": "O"}
    assert may_read("SZ-SUPERVISION", FunctionalRole.SUPERVISION, **parties)
    for reader in ("H", "F", "P", "O"):
        assert may_read(reader, None, **parties)
    assert not may_read("X", FunctionalRole.FINANCE, **parties)


def test_petition_rule_identity_needs_a_handling_role_outside_the_accused_unit() -> None:
    def may(reader: str, accused: bool) -> bool:
        return may_read_identity(
            reader, accused=accused, handler="H", forwarder="PET", overseers=["SUP"]
        )

    for reader in ("H", "PET", "SUP"):
        assert may(reader, accused=False)
        assert not may(reader, accused=True)  # 转办: the accused handles, never learns who
    assert not may("FIN", accused=False)


def test_petition_rule_the_accused_reads_texts_without_the_identity() -> None:
    text = "我是张三，电话13800138000，住福田区某路1号。"
    cleaned = without_identity(text, ["张三", "13800138000", "福田区某路1号", None, " "])
    assert cleaned == f"我是{IDENTITY_REMOVED}，电话{IDENTITY_REMOVED}，住{IDENTITY_REMOVED}。"


def test_a_media_lead_about_supervision_goes_to_its_overseer_R9() -> None:
    # The overseer of a complaint concerning supervision is the conflict body (GOV_OFFICE).
    handler = initial_handler(Channel.MEDIA_REPORT, "SZ-LEGAL", "SZ-SUPERVISION", "SZ-GOV-OFFICE")
    assert handler == "SZ-GOV-OFFICE"


def test_on_time_is_on_or_before_the_due_date() -> None:
    assert on_time(date(2026, 12, 22), date(2026, 12, 22))
    assert not on_time(date(2026, 12, 23), date(2026, 12, 22))
