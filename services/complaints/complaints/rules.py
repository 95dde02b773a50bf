"""Complaint rules as data and pure functions: channels, the lifecycle, routing (R9, R10), R15.

Pure data and functions; the services refuse a move the transition table does not list (409).
"""

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from shared.directory import FunctionalRole
from shared.workdays import WorkCalendar, local_date


class Channel(StrEnum):
    """How a complaint reached the government."""

    WEB_FORM = "web_form"  # 网上投诉 (public, through a front end)
    PHONE_HOTLINE = "phone_hotline"  # 投诉电话
    LETTERS_VISITS = "letters_visits"  # 信访 (entered by PETITION)
    MAYOR_HOTLINE = "mayor_hotline"  # 市长热线
    MEDIA_REPORT = "media_report"  # 新闻媒体线索 (R9)
    INTERNAL = "internal"  # 内部发现


class Category(StrEnum):
    """What kind of administrative fault the complaint alleges."""

    INACTION = "inaction"  # 不作为
    ARBITRARY_ACTION = "arbitrary_action"  # 乱作为
    DELAY = "delay"  # 慢作为
    BUCK_PASSING = "buck_passing"  # 推诿扯皮
    DERELICTION = "dereliction"  # 失职渎职
    TEN_PROHIBITIONS = "ten_prohibitions"  # 十条禁令
    UNLAWFUL_LICENSING = "unlawful_licensing"  # 违法实施行政许可
    FISCAL_DISCIPLINE = "fiscal_discipline"  # 违反财经纪律 (财政监督)
    MISUSE_OF_FUNDS = "misuse_of_funds"  # 截留挪用专项资金 (审计监督)
    OTHER = "other"  # 其他


CATEGORY_TERMS: dict[Category, str] = {
    Category.INACTION: "不作为",
    Category.ARBITRARY_ACTION: "乱作为",
    Category.DELAY: "慢作为",
    Category.BUCK_PASSING: "推诿扯皮",
    Category.DERELICTION: "失职渎职",
    Category.TEN_PROHIBITIONS: "违反十条禁令",
    Category.UNLAWFUL_LICENSING: "违法实施行政许可",
    Category.FISCAL_DISCIPLINE: "违反财经纪律",
    Category.MISUSE_OF_FUNDS: "截留挪用专项资金",
    Category.OTHER: "其他",
}


class Status(StrEnum):
    """Where a complaint is in its handling."""

    RECEIVED = "received"  # 已受理, waiting for the handling unit to acknowledge
    ACKNOWLEDGED = "acknowledged"  # 已签收
    HANDLED = "handled"  # 已办结


class Action(StrEnum):
    """What moves a complaint from one status to another."""

    FORWARD = "forward"  # 转交 (PETITION, R10): the receiver acknowledges anew
    REASSIGN = "reassign"  # 移交 to the competent department, which acknowledges anew
    ACKNOWLEDGE = "acknowledge"  # 签收: the unit now answers for the complaint (R15)
    HANDLE = "handle"  # 办结: findings and outcome recorded
    APPRAISE = "appraise"  # 评价 by the complainant, once handled (R17)


# The whole lifecycle: any (status, action) pair not listed here is an illegal transition.
TRANSITIONS: Mapping[tuple[Status, Action], Status] = {
    (Status.RECEIVED, Action.FORWARD): Status.RECEIVED,
    (Status.ACKNOWLEDGED, Action.FORWARD): Status.RECEIVED,
    (Status.RECEIVED, Action.REASSIGN): Status.RECEIVED,
    (Status.ACKNOWLEDGED, Action.REASSIGN): Status.RECEIVED,
    (Status.RECEIVED, Action.ACKNOWLEDGE): Status.ACKNOWLEDGED,
    (Status.ACKNOWLEDGED, Action.HANDLE): Status.HANDLED,
    (Status.HANDLED, Action.APPRAISE): Status.HANDLED,
}


class Outcome(StrEnum):
    """The handler's finding."""

    SUBSTANTIATED = "substantiated"  # 属实
    PARTLY_SUBSTANTIATED = "partly_substantiated"  # 部分属实
    UNSUBSTANTIATED = "unsubstantiated"  # 不属实
    NOT_COMPETENT = "not_competent"  # 不属于本单位职责


class Appraisal(StrEnum):
    """The complainant's appraisal of the handling (R17: poor appraisal costs points)."""

    SATISFIED = "satisfied"  # 满意
    BASICALLY_SATISFIED = "basically_satisfied"  # 基本满意
    DISSATISFIED = "dissatisfied"  # 不满意


class StepKind(StrEnum):
    """The entries of a complaint's history."""

    RECEIVED = "received"
    FORWARDED = "forwarded"
    REASSIGNED = "reassigned"
    ACKNOWLEDGED = "acknowledged"
    HANDLED = "handled"
    FEEDBACK_GIVEN = "feedback_given"
    REMINDED = "reminded"
    ESCALATED = "escalated"
    ACCOUNTABILITY_REPORTED = "accountability_reported"  # supervision's result came back


# What replaces the complainant's name, phone or address in a text the accused unit reads.
IDENTITY_REMOVED = "[已隐去]"
# The public web form is the only channel without a token.
PUBLIC_CHANNELS = frozenset({Channel.WEB_FORM})
# Letters and visits are registered by the petition office; others by any department's officer.
CHANNEL_ENTRANTS: dict[Channel, FunctionalRole] = {Channel.LETTERS_VISITS: FunctionalRole.PETITION}
# Which business scope a category falls in, suggested to the petition office when it triages
# letters and visits (R10): supervision's discipline, finance's fiscal inspection, audit's
# audit supervision, legal's law-enforcement supervision.
SUGGESTED_SCOPE: dict[Category, FunctionalRole] = {
    Category.DERELICTION: FunctionalRole.SUPERVISION,
    Category.TEN_PROHIBITIONS: FunctionalRole.SUPERVISION,
    Category.FISCAL_DISCIPLINE: FunctionalRole.FINANCE,
    Category.MISUSE_OF_FUNDS: FunctionalRole.AUDIT,
    Category.UNLAWFUL_LICENSING: FunctionalRole.LEGAL,
}


@dataclass(frozen=True)
class TimeLimit:
    """Working days to acknowledge and to handle a complaint, counted from receipt."""

    acknowledge_days: int
    handle_days: int


# R15 限时办结: defaults, overridable per category in the settings.
DEFAULT_TIME_LIMITS: dict[Category, TimeLimit] = {
    Category.INACTION: TimeLimit(2, 15),
    Category.ARBITRARY_ACTION: TimeLimit(2, 15),
    Category.DELAY: TimeLimit(2, 10),
    Category.BUCK_PASSING: TimeLimit(2, 10),
    Category.DERELICTION: TimeLimit(2, 20),
    Category.TEN_PROHIBITIONS: TimeLimit(1, 20),
    Category.UNLAWFUL_LICENSING: TimeLimit(2, 20),
    Category.FISCAL_DISCIPLINE: TimeLimit(2, 20),
    Category.MISUSE_OF_FUNDS: TimeLimit(2, 20),
    Category.OTHER: TimeLimit(3, 15),
}


def may_enter(channel: Channel, entrant_role: str | None) -> bool:
    """Tells whether an officer of a department with this role may register on this channel."""
    if channel in PUBLIC_CHANNELS:
        return False
    required = CHANNEL_ENTRANTS.get(channel)
    return required is None or entrant_role == required


def first_contact(channel: Channel, entrant: str | None, target: str) -> str:
    """Gets the unit that first received the complaint (首问责任, R15).

    The web form is each department's published complaint address (R11), so its first
    contact is the target department; other channels are answered by the entering unit.
    """
    return target if channel in PUBLIC_CHANNELS or entrant is None else entrant


def initial_handler(channel: Channel, first_contact_unit: str, target: str, overseer: str) -> str:
    """Gets the department that handles a new complaint (R9, R10).

    `overseer` is supervision, or for a complaint concerning supervision the body the
    settings name: a media lead about supervision is not investigated by supervision.
    """
    if channel == Channel.MEDIA_REPORT:
        return overseer  # R9: a media lead is investigated by supervision
    if channel == Channel.LETTERS_VISITS:
        return first_contact_unit  # R10: the petition office triages and forwards
    return target


def time_limit(category: Category, overrides: dict[str, tuple[int, int]]) -> TimeLimit:
    """Gets a category's time limit: the configured override, or the default."""
    if category.value in overrides:
        acknowledge, handle = overrides[category.value]
        return TimeLimit(acknowledge, handle)
    return DEFAULT_TIME_LIMITS[category]


def due_dates(received: datetime, limit: TimeLimit, calendar: WorkCalendar) -> tuple[date, date]:
    """Gets the last working days to acknowledge and to handle (R15)."""
    start = local_date(received)
    return (
        calendar.add_working_days(start, limit.acknowledge_days),
        calendar.add_working_days(start, limit.handle_days),
    )


def on_time(handled_on: date, handle_due: date) -> bool:
    """Tells whether a complaint was handled within its limit."""
    return handled_on <= handle_due


def may_read(
    reader: str,
    reader_role: str | None,
    handler: str,
    first_contact_unit: str,
    forwarder: str | None,
    overseer: str | None,
) -> bool:
    """Tells whether a department may read a complaint (SUPERVISION sees every one)."""
    return reader_role == FunctionalRole.SUPERVISION or reader in {
        handler,
        first_contact_unit,
        forwarder,
        overseer,
    }


def may_read_identity(
    reader: str, *, accused: bool, handler: str, forwarder: str | None, overseers: Collection[str]
) -> bool:
    """Tells whether a department may read the complainant's identity (petition rule).

    A handling role (the handling or forwarding unit, the overseer) outside the accused unit:
    the accused handles a complaint forwarded to it (转办) without ever learning who complained.
    """
    return not accused and reader in {handler, forwarder, *overseers}


def without_identity(text: str, identity: Iterable[str | None]) -> str:
    """Removes the complainant's name, phone and address from a text for the accused unit."""
    for value in identity:
        if value and value.strip():
            text = text.replace(value, IDENTITY_REMOVED)
    return text
