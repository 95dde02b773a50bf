""" Contains all the data models used in inputs/outputs """

from .apology_decision_create import ApologyDecisionCreate
from .apology_reason import ApologyReason
from .audit_entry_read import AuditEntryRead
from .audit_entry_read_detail import AuditEntryReadDetail
from .audit_page import AuditPage
from .audit_verdict import AuditVerdict
from .case_read import CaseRead
from .case_source import CaseSource
from .case_status import CaseStatus
from .circulation import Circulation
from .circulator import Circulator
from .complaint_referral_read import ComplaintReferralRead
from .conclusion import Conclusion
from .decider import Decider
from .decision_create import DecisionCreate
from .decision_read import DecisionRead
from .dereliction_finding import DerelictionFinding
from .district_line import DistrictLine
from .district_report_create import DistrictReportCreate
from .district_report_format import DistrictReportFormat
from .district_report_read import DistrictReportRead
from .district_reports import DistrictReports
from .feedback import Feedback
from .field_error import FieldError
from .filing_create import FilingCreate
from .filing_read import FilingRead
from .finding import Finding
from .head_in import HeadIn
from .healthz_response_healthz import HealthzResponseHealthz
from .incident_create import IncidentCreate
from .incident_kind import IncidentKind
from .incident_read import IncidentRead
from .initial_decision_create import InitialDecisionCreate
from .joint_meeting_pack import JointMeetingPack
from .joint_meeting_pack_definitions import JointMeetingPackDefinitions
from .joint_meeting_pack_format import JointMeetingPackFormat
from .legal_outcome_create import LegalOutcomeCreate
from .legal_outcome_read import LegalOutcomeRead
from .level import Level
from .media_lead_create import MediaLeadCreate
from .meeting_create import MeetingCreate
from .meeting_read import MeetingRead
from .minutes import Minutes
from .official_in import OfficialIn
from .official_read import OfficialRead
from .official_role import OfficialRole
from .on_site_meeting import OnSiteMeeting
from .outcome import Outcome
from .overdue_run import OverdueRun
from .page_case_read import PageCaseRead
from .participant_part import ParticipantPart
from .person_in import PersonIn
from .person_read import PersonRead
from .problem import Problem
from .proceeding import Proceeding
from .quarter_summary_format import QuarterSummaryFormat
from .rejection import Rejection
from .report_create import ReportCreate
from .report_kind import ReportKind
from .report_purpose import ReportPurpose
from .report_read import ReportRead
from .review_finding import ReviewFinding
from .review_read import ReviewRead
from .review_status import ReviewStatus
from .sanction import Sanction
from .severity import Severity
from .statistics_row import StatisticsRow
from .summary import Summary
from .system_figures import SystemFigures
from .tier import Tier
from .urge_referral_read import UrgeReferralRead

__all__ = (
    "ApologyDecisionCreate",
    "ApologyReason",
    "AuditEntryRead",
    "AuditEntryReadDetail",
    "AuditPage",
    "AuditVerdict",
    "CaseRead",
    "CaseSource",
    "CaseStatus",
    "Circulation",
    "Circulator",
    "ComplaintReferralRead",
    "Conclusion",
    "Decider",
    "DecisionCreate",
    "DecisionRead",
    "DerelictionFinding",
    "DistrictLine",
    "DistrictReportCreate",
    "DistrictReportFormat",
    "DistrictReportRead",
    "DistrictReports",
    "Feedback",
    "FieldError",
    "FilingCreate",
    "FilingRead",
    "Finding",
    "HeadIn",
    "HealthzResponseHealthz",
    "IncidentCreate",
    "IncidentKind",
    "IncidentRead",
    "InitialDecisionCreate",
    "JointMeetingPack",
    "JointMeetingPackDefinitions",
    "JointMeetingPackFormat",
    "LegalOutcomeCreate",
    "LegalOutcomeRead",
    "Level",
    "MediaLeadCreate",
    "MeetingCreate",
    "MeetingRead",
    "Minutes",
    "OfficialIn",
    "OfficialRead",
    "OfficialRole",
    "OnSiteMeeting",
    "Outcome",
    "OverdueRun",
    "PageCaseRead",
    "ParticipantPart",
    "PersonIn",
    "PersonRead",
    "Problem",
    "Proceeding",
    "QuarterSummaryFormat",
    "Rejection",
    "ReportCreate",
    "ReportKind",
    "ReportPurpose",
    "ReportRead",
    "ReviewFinding",
    "ReviewRead",
    "ReviewStatus",
    "Sanction",
    "Severity",
    "StatisticsRow",
    "Summary",
    "SystemFigures",
    "Tier",
    "UrgeReferralRead",
)
