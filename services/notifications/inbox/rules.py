"""Which items need acknowledgement (签收), their titles, and when one is due a reminder or an
escalation: pure data and functions (no I/O)."""

from datetime import datetime
from typing import Literal

from services.notifications.events import (
    ADVANCED_UNITS_PROPOSED,
    APOLOGY_PROPOSED,
    ASSESSMENT_PUBLISHED,
    CASE_DECIDED,
    CASE_FEEDBACK_GIVEN,
    CASE_OVERDUE,
    CASE_REJECTED,
    CHANNEL_OMITTED,
    CHANNELS_PUBLISHED,
    COMPLAINT_ACCOUNTABILITY_REPORTED,
    COMPLAINT_ESCALATED,
    COMPLAINT_FEEDBACK_GIVEN,
    COMPLAINT_FORWARDED,
    COMPLAINT_REASSIGNED,
    COMPLAINT_RECEIVED,
    COMPLAINT_REMINDED,
    DISTRICT_REPORT_FILED,
    DISTRICT_REPORT_OVERDUE,
    FAULT_FILED,
    FAULT_SUBSTANTIATED,
    INCIDENT_DECISION_OVERDUE,
    INCIDENT_REVIEW_OVERDUE,
    LEADER_MATTER_CIRCULAR,
    MINUTES_ISSUED,
    OCCURRENCE_OPENED,
    OCCURRENCE_STATUS_CHANGED,
    PROGRESS_CHECK_RECORDED,
    PROGRESS_REPORTED,
    REPORT_FILED,
    REVIEW_CLOSED,
    REVIEW_OPENED,
    REVIEW_OVERDUE,
    TASK_ASSIGNED,
    TASK_MOVED,
    TASK_STATUS_CHANGED,
    URGE_NOTICE_ISSUED,
    URGE_REFERRAL_OPENED,
    WHITE_PAPER_OVERDUE,
    WHITE_PAPER_PUBLISHED,
    WHITE_PAPER_REVIEWED,
)
from shared.workdays import WorkCalendar, local_date

# Items the recipient must acknowledge (签收): documents that start work on its side.
ACK_REQUIRED = frozenset(
    {
        REPORT_FILED,
        URGE_NOTICE_ISSUED,
        CASE_DECIDED,
        COMPLAINT_FORWARDED,
        COMPLAINT_ESCALATED,
        FAULT_SUBSTANTIATED,
        REVIEW_OPENED,
    }
)

EVENT_TITLES: dict[str, str] = {
    REPORT_FILED: "移送处理报告",
    CASE_DECIDED: "问责处理结果",
    CASE_REJECTED: "不予受理反馈",
    TASK_ASSIGNED: "责任任务下达",
    TASK_STATUS_CHANGED: "责任任务状态变更",
    PROGRESS_REPORTED: "工作进展季报",
    URGE_NOTICE_ISSUED: "催办通知书",
    COMPLAINT_RECEIVED: "投诉受理",
    COMPLAINT_FORWARDED: "信访转交",
    COMPLAINT_FEEDBACK_GIVEN: "信访办理结果反馈",
    COMPLAINT_ESCALATED: "投诉超时升级",
    FAULT_SUBSTANTIATED: "过错认定移送",
    CASE_OVERDUE: "移送案件超时",
    INCIDENT_REVIEW_OVERDUE: "重大事件责任检讨超时",
    COMPLAINT_REMINDED: "投诉办理时限提醒",
    COMPLAINT_REASSIGNED: "投诉改派",
    TASK_MOVED: "责任任务调整",
    WHITE_PAPER_PUBLISHED: "白皮书发布",
    OCCURRENCE_OPENED: "周期性工作本期开始",
    OCCURRENCE_STATUS_CHANGED: "周期性工作本期状态变更",
    PROGRESS_CHECK_RECORDED: "半年度监督检查意见",
    CHANNELS_PUBLISHED: "投诉电话、投诉网址季度公布",
    CHANNEL_OMITTED: "投诉渠道未公布",
    WHITE_PAPER_OVERDUE: "白皮书逾期未公布",
    WHITE_PAPER_REVIEWED: "白皮书审查结果",
    REVIEW_OPENED: "行政行为被撤销责任审查",
    REVIEW_CLOSED: "责任审查结论",
    REVIEW_OVERDUE: "责任审查超时",
    LEADER_MATTER_CIRCULAR: "市长交办批示事项季度通报",
    CASE_FEEDBACK_GIVEN: "问责处理结果反馈",
    URGE_REFERRAL_OPENED: "催办移送监察（抄送）",
    INCIDENT_DECISION_OVERDUE: "事故初步问责决定超时",
    APOLOGY_PROPOSED: "责令公开道歉建议",
    FAULT_FILED: "过错责任追究结果备案",
    MINUTES_ISSUED: "联席会议纪要",
    DISTRICT_REPORT_FILED: "区问责工作半年报告",
    DISTRICT_REPORT_OVERDUE: "区问责工作半年报告未报送",
    COMPLAINT_ACCOUNTABILITY_REPORTED: "投诉问责结果反馈",
    ASSESSMENT_PUBLISHED: "绩效评估结果公布",
    ADVANCED_UNITS_PROPOSED: "先进单位建议名单",
}

AckStage = Literal["none", "remind", "escalate"]


def ack_stage(
    delivered_at: datetime,
    now: datetime,
    calendar: WorkCalendar,
    remind_after: int,
    escalate_after: int,
) -> AckStage:
    """Tells what an unacknowledged item is due: nothing, a reminder, or an escalation.

    The recipient has until the end of the `remind_after`-th working day after delivery; the
    escalation is due `escalate_after` working days after that.
    """
    delivered, today = local_date(delivered_at), local_date(now)
    if today > calendar.add_working_days(delivered, remind_after + escalate_after):
        return "escalate"
    if today > calendar.add_working_days(delivered, remind_after):
        return "remind"
    return "none"
