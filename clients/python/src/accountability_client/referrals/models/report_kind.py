from typing import Literal

ReportKind = Literal['audit_decision', 'audit_result_report', 'audit_transfer', 'enforcement_inspection_report', 'enforcement_supervision_decision', 'financial_inspection_report', 'financial_penalty_decision', 'financial_transfer', 'litigation_finding', 'reconsideration_finding', 'urge_notice']

REPORT_KIND_VALUES: set[ReportKind] = { 'audit_decision', 'audit_result_report', 'audit_transfer', 'enforcement_inspection_report', 'enforcement_supervision_decision', 'financial_inspection_report', 'financial_penalty_decision', 'financial_transfer', 'litigation_finding', 'reconsideration_finding', 'urge_notice',  }

def check_report_kind(value: str) -> ReportKind:
    if value in REPORT_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPORT_KIND_VALUES!r}")
