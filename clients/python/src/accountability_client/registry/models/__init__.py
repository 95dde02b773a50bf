""" Contains all the data models used in inputs/outputs """

from .audit_entry_read import AuditEntryRead
from .audit_entry_read_detail import AuditEntryReadDetail
from .audit_page import AuditPage
from .audit_verdict import AuditVerdict
from .calendar_day_correction import CalendarDayCorrection
from .calendar_day_create import CalendarDayCreate
from .calendar_day_read import CalendarDayRead
from .calendar_read import CalendarRead
from .calendar_update import CalendarUpdate
from .card_read import CardRead
from .channel_publication_read import ChannelPublicationRead
from .check_finding import CheckFinding
from .circular_matter import CircularMatter
from .circular_matter_standing import CircularMatterStanding
from .circular_read import CircularRead
from .circular_run import CircularRun
from .commendation_read import CommendationRead
from .complaint_channel_read import ComplaintChannelRead
from .complaint_channel_update import ComplaintChannelUpdate
from .department_assessment import DepartmentAssessment
from .department_kind import DepartmentKind
from .department_read import DepartmentRead
from .field_error import FieldError
from .finding_read import FindingRead
from .functional_role import FunctionalRole
from .healthz_response_healthz import HealthzResponseHealthz
from .indicator_read import IndicatorRead
from .indicator_score_read import IndicatorScoreRead
from .indicator_update import IndicatorUpdate
from .internal_unit_create import InternalUnitCreate
from .late_paper import LatePaper
from .leader_post import LeaderPost
from .ledger_line import LedgerLine
from .missing_channel import MissingChannel
from .missing_report import MissingReport
from .occurrence_progress import OccurrenceProgress
from .occurrence_read import OccurrenceRead
from .occurrence_run import OccurrenceRun
from .occurrence_status import OccurrenceStatus
from .overdue_run import OverdueRun
from .page_task_read import PageTaskRead
from .paper_completion import PaperCompletion
from .paper_task import PaperTask
from .problem import Problem
from .progress_check_create import ProgressCheckCreate
from .progress_check_read import ProgressCheckRead
from .progress_check_read_reporting import ProgressCheckReadReporting
from .progress_report_create import ProgressReportCreate
from .progress_report_read import ProgressReportRead
from .publication_read import PublicationRead
from .published_channel import PublishedChannel
from .quarter_read import QuarterRead
from .quarter_state import QuarterState
from .read_scorecard_format import ReadScorecardFormat
from .rebuild_read import RebuildRead
from .recurrence import Recurrence
from .recurrence_spec import RecurrenceSpec
from .review_outcome import ReviewOutcome
from .scheme_read import SchemeRead
from .scorecard_read import ScorecardRead
from .subtask_create import SubtaskCreate
from .task_action import TaskAction
from .task_create import TaskCreate
from .task_kind import TaskKind
from .task_move import TaskMove
from .task_progress_read import TaskProgressRead
from .task_read import TaskRead
from .task_read_due_rule_type_0 import TaskReadDueRuleType0
from .task_source import TaskSource
from .task_status import TaskStatus
from .task_transition import TaskTransition
from .urge_notice_create import UrgeNoticeCreate
from .urge_notice_read import UrgeNoticeRead
from .white_paper_create import WhitePaperCreate
from .white_paper_read import WhitePaperRead
from .white_paper_read_previous_year_assessment_type_0 import WhitePaperReadPreviousYearAssessmentType0
from .white_paper_review import WhitePaperReview
from .white_paper_status import WhitePaperStatus
from .white_paper_update import WhitePaperUpdate

__all__ = (
    "AuditEntryRead",
    "AuditEntryReadDetail",
    "AuditPage",
    "AuditVerdict",
    "CalendarDayCorrection",
    "CalendarDayCreate",
    "CalendarDayRead",
    "CalendarRead",
    "CalendarUpdate",
    "CardRead",
    "ChannelPublicationRead",
    "CheckFinding",
    "CircularMatter",
    "CircularMatterStanding",
    "CircularRead",
    "CircularRun",
    "CommendationRead",
    "ComplaintChannelRead",
    "ComplaintChannelUpdate",
    "DepartmentAssessment",
    "DepartmentKind",
    "DepartmentRead",
    "FieldError",
    "FindingRead",
    "FunctionalRole",
    "HealthzResponseHealthz",
    "IndicatorRead",
    "IndicatorScoreRead",
    "IndicatorUpdate",
    "InternalUnitCreate",
    "LatePaper",
    "LeaderPost",
    "LedgerLine",
    "MissingChannel",
    "MissingReport",
    "OccurrenceProgress",
    "OccurrenceRead",
    "OccurrenceRun",
    "OccurrenceStatus",
    "OverdueRun",
    "PageTaskRead",
    "PaperCompletion",
    "PaperTask",
    "Problem",
    "ProgressCheckCreate",
    "ProgressCheckRead",
    "ProgressCheckReadReporting",
    "ProgressReportCreate",
    "ProgressReportRead",
    "PublicationRead",
    "PublishedChannel",
    "QuarterRead",
    "QuarterState",
    "ReadScorecardFormat",
    "RebuildRead",
    "Recurrence",
    "RecurrenceSpec",
    "ReviewOutcome",
    "SchemeRead",
    "ScorecardRead",
    "SubtaskCreate",
    "TaskAction",
    "TaskCreate",
    "TaskKind",
    "TaskMove",
    "TaskProgressRead",
    "TaskRead",
    "TaskReadDueRuleType0",
    "TaskSource",
    "TaskStatus",
    "TaskTransition",
    "UrgeNoticeCreate",
    "UrgeNoticeRead",
    "WhitePaperCreate",
    "WhitePaperRead",
    "WhitePaperReadPreviousYearAssessmentType0",
    "WhitePaperReview",
    "WhitePaperStatus",
    "WhitePaperUpdate",
)
