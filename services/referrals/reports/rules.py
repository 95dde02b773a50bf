"""Who files which referral report (R4, R5): pure data and functions."""

from enum import StrEnum

from shared.directory import FunctionalRole


class ReportKind(StrEnum):
    """The documents that reach supervision."""

    FINANCIAL_INSPECTION_REPORT = "financial_inspection_report"  # 财政监督检查报告
    FINANCIAL_PENALTY_DECISION = "financial_penalty_decision"  # 财政处罚决定
    FINANCIAL_TRANSFER = "financial_transfer"  # 财政移送处理书
    AUDIT_RESULT_REPORT = "audit_result_report"  # 审计结果报告
    AUDIT_DECISION = "audit_decision"  # 审计决定
    AUDIT_TRANSFER = "audit_transfer"  # 审计移送处理书
    ENFORCEMENT_INSPECTION_REPORT = "enforcement_inspection_report"  # 执法检查报告
    ENFORCEMENT_SUPERVISION_DECISION = "enforcement_supervision_decision"  # 执法监督决定
    RECONSIDERATION_FINDING = "reconsideration_finding"  # 行政复议结论 (R16)
    LITIGATION_FINDING = "litigation_finding"  # 行政诉讼结论 (R16)
    URGE_NOTICE = "urge_notice"  # 催办通知书


class ReportPurpose(StrEnum):
    """Whether a report informs supervision (R4) or refers a suspected violation (R5)."""

    INFORMATION = "information"  # 抄送备查
    REFERRAL = "referral"  # 移送处理


# R4/R5: finance, audit and legal file their own supervisory documents; the government
# office files urge notices.
FILERS: dict[ReportKind, FunctionalRole] = {
    ReportKind.FINANCIAL_INSPECTION_REPORT: FunctionalRole.FINANCE,
    ReportKind.FINANCIAL_PENALTY_DECISION: FunctionalRole.FINANCE,
    ReportKind.FINANCIAL_TRANSFER: FunctionalRole.FINANCE,
    ReportKind.AUDIT_RESULT_REPORT: FunctionalRole.AUDIT,
    ReportKind.AUDIT_DECISION: FunctionalRole.AUDIT,
    ReportKind.AUDIT_TRANSFER: FunctionalRole.AUDIT,
    ReportKind.ENFORCEMENT_INSPECTION_REPORT: FunctionalRole.LEGAL,
    ReportKind.ENFORCEMENT_SUPERVISION_DECISION: FunctionalRole.LEGAL,
    ReportKind.RECONSIDERATION_FINDING: FunctionalRole.LEGAL,
    ReportKind.LITIGATION_FINDING: FunctionalRole.LEGAL,
    ReportKind.URGE_NOTICE: FunctionalRole.GOV_OFFICE,
}

# R4: the supervisory reports and decisions of finance, audit and legal, and the government
# office's urge notices, are copied to supervision (ReportFiled carries it as `supervisory`).
SUPERVISORY_KINDS = frozenset(
    {
        ReportKind.FINANCIAL_INSPECTION_REPORT,
        ReportKind.FINANCIAL_PENALTY_DECISION,
        ReportKind.AUDIT_RESULT_REPORT,
        ReportKind.AUDIT_DECISION,
        ReportKind.ENFORCEMENT_INSPECTION_REPORT,
        ReportKind.ENFORCEMENT_SUPERVISION_DECISION,
        ReportKind.URGE_NOTICE,
    }
)

# Besides the filer, these roles may read every report: supervision decides, personnel
# receives the copy (R5, R6).
READERS = frozenset({FunctionalRole.SUPERVISION, FunctionalRole.PERSONNEL})


def may_file(filer_role: str | None, kind: ReportKind) -> bool:
    """Tells whether a department with this functional role may file this kind of report."""
    return filer_role == FILERS[kind]


def is_supervisory(kind: ReportKind) -> bool:
    """Tells whether a report is a supervisory document copied to supervision (R4)."""
    return kind in SUPERVISORY_KINDS


def may_read(reader: str, reader_role: str | None, filed_by: str) -> bool:
    """Tells whether a department may read a report filed by another."""
    return reader == filed_by or reader_role in READERS


def opens_case(purpose: ReportPurpose) -> bool:
    """Tells whether a report opens a case: referrals do (R5), information copies do not (R4)."""
    return purpose == ReportPurpose.REFERRAL
