"""How the authorization matrix calls each endpoint: its resource, request, facts and probe.

Facts are what a route's policy needs beyond the caller (the task's lead unit…); they are
stated here for the resources `authz_resources` builds, which check them when built. A probe
is a query whose answer a refused write must leave unchanged.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from services.complaints.complaints.endpoints import HANDLER, IDENTITY_READERS, PARTIES
from services.referrals.cases.endpoints import DECIDED, JUDGE, REFERRER
from services.referrals.legal_outcomes.endpoints import DEPARTMENT
from services.referrals.reports.endpoints import FILER
from services.registry.tasks.endpoints import (
    ASSIGNER,
    HOLDERS,
    LEAD,
    MOVED_TASK_LEADS,
    NEW_PARENT_LEAD,
)
from services.registry.white_papers.endpoints import OWNER
from tests.e2e.authz_resources import (
    AUD,
    FIN,
    GOV,
    PET,
    PNG,
    SUP,
    URBAN,
    Resource,
    copy_rule_body,
    legal_outcome_body,
)
from tests.e2e.complaints_helpers import complaint_body
from tests.e2e.referrals_helpers import decision_body

Body = dict[str, Any] | Callable[[Resource], dict[str, Any]] | None
Probe = tuple[str, str | None]  # SQL on the service's database; the resource key of $1


@dataclass(frozen=True)
class Call:
    """One endpoint's request in the matrix."""

    resource: str | None = None  # a builder of authz_resources
    fresh: bool = False  # its own resource, because an allowed call changes its relations
    body: Body = None
    query: dict[str, str] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)
    probe: Probe | None = None
    form: dict[str, str] | None = None
    raw: bytes | None = None
    secret: bool = False  # send the complaint's X-Complaint-Secret
    query_keys: dict[str, str] = field(default_factory=dict)  # query parameter → resource key
    # The read whose policy says who knows the record exists; a GET refused on the resource
    # is 404 to everyone else, as for a record that does not exist (None: this route itself).
    seen_by: tuple[str, str] | None = None


def _unit_code(_: Resource) -> dict[str, Any]:
    return {
        "code": f"{URBAN}-AZ{uuid.uuid4().hex[:8].upper()}",
        "name_zh": "矩阵处",
        "name_en": "Matrix",
    }


TASK_FACTS = {HOLDERS: {URBAN, FIN}, LEAD: {URBAN}, ASSIGNER: {GOV}}
TASK_PROBE: Probe = (
    "select (select to_jsonb(t) from tasks t where id = $1::uuid),"
    " (select count(*) from tasks where parent_id = $1::uuid),"
    " (select count(*) from progress_reports where task_id = $1::uuid),"
    " (select count(*) from urge_notices where task_id = $1::uuid)",
    "task_id",
)
DEPARTMENT_PROBE: Probe = (
    "select (select to_jsonb(d) from departments d where code = $1),"
    " (select count(*) from departments where parent_code = $1)",
    "code",
)
PAPER_PROBE: Probe = ("select to_jsonb(p) from white_papers p where id = $1::uuid", "paper_id")
COMPLAINT_FACTS = {HANDLER: {PET}, PARTIES: {PET}}
COMPLAINT_READ = ("GET", "/complaints/{complaint_id}")
COMPLAINT_PROBE: Probe = (
    "select (select to_jsonb(c) from complaints c where id = $1::uuid),"
    " (select count(*) from complaint_steps where complaint_id = $1::uuid),"
    " (select count(*) from complaint_messages where complaint_id = $1::uuid),"
    " (select count(*) from complainant_reads where complaint_id = $1::uuid)",
    "complaint_id",
)
CASE_PROBE: Probe = (
    "select (select to_jsonb(c) from cases c where id = $1::uuid),"
    " (select count(*) from case_decisions where case_id = $1::uuid)",
    "case_id",
)
OUTCOME_PROBE: Probe = (
    "select (select to_jsonb(r) from responsibility_reviews r where outcome_id = $1::uuid),"
    " (select count(*) from referral_reports)",
    "outcome_id",
)
FILING = {
    "title": "备案",
    "fault": "推诿",
    "outcome": "通报批评",
    "handled_on": "2026-11-20",
    "persons": 1,
    "sanctions": ["circulated_criticism"],
}
INCIDENT_PROBE: Probe = ("select to_jsonb(i) from incidents i where id = $1::uuid", "incident_id")
ITEM_PROBE: Probe = ("select to_jsonb(i) from inbox_items i where id = $1::uuid", "item_id")
WEBHOOK_PROBE: Probe = (
    "select (select to_jsonb(s) from webhook_subscriptions s where id = $1::uuid),"
    " (select count(*) from webhook_subscriptions where department = 'SZ-PERSONNEL'),"
    " (select count(*) from webhook_deliveries where subscription_id = $1::uuid"
    "  and status = 'pending')",
    "subscription_id",
)
RULE_PROBE: Probe = (
    "select (select to_jsonb(r) from copy_rules r where id::text = $1),"
    " (select count(*) from copy_rules)",
    "rule_id",
)
QUARTER = {"year": "2026", "quarter": "4"}
# The steps of a case at its judge, with their bodies.
CASE_STEPS: dict[str, dict[str, Any] | None] = {
    "accept": None,
    "investigate": None,
    "close": None,
    "reject": {"reason": "不属管辖。"},
    "decision": decision_body(),
    "feedback": {"note": "已反馈。"},
}
REPORT = {
    "kind": "financial_inspection_report",
    "purpose": "information",
    "title": "授权矩阵报告",
    "summary": "检查情况通报。",
    "concerned_department": URBAN,
}
MEDIA_LEAD = {"title": "授权矩阵线索", "outlet": "深圳特区报", "summary": "媒体报道。"}
INCIDENT = {
    "title": "授权矩阵事故",
    "severity": "large",
    "district": "SZ-NANSHAN",
    "occurred_at": "2026-11-20T08:30:00+08:00",
    "on_site_meeting_at": "2026-11-20T15:00:00+08:00",
    "department_head_involved": False,
    "officials": [
        {"name": "李某", "post": "街道办主任", "role": "street_principal", "unit": "某街道"}
    ],
}
TASK = {
    "work_item": "授权矩阵新任务",
    "content": "核对访问规则",
    "target": "按期完成",
    "source": "leader_instruction",
    "lead_unit": URBAN,
    "co_units": [],
    "deadline_working_days": 30,
}
SUBTASK = {
    "work_item": "授权矩阵子任务",
    "content": "分解",
    "target": "按期完成",
    "lead_unit": "SZ-FUTIAN",
    "deadline_working_days": 10,
}
PROGRESS = {"year": 2026, "quarter": 4, "percent": 10, "summary": "进展顺利。"}
OPEN311 = {
    "service_code": "inaction",
    "description": "占道经营无人处理。",
    "attribute[target_department]": URBAN,
    "attribute[event_date]": "2026-09-01",
}
WEBHOOK = {"url": "http://127.0.0.1:9/authz-matrix", "event_types": ["referrals.report.filed.v1"]}
PER_PATH = {"department": "SZ-PERSONNEL"}

# Every endpoint of the four services, by (method, path). A new route without an entry
# here fails the matrix (as does one without a declared policy).
CALLS: dict[tuple[str, str], Call] = {
    ("GET", "/healthz"): Call(),
    ("GET", "/readyz"): Call(),
    ("GET", "/metrics"): Call(),
    ("GET", "/audit"): Call(),
    ("GET", "/audit/verify"): Call(),
    ("GET", "/_test/clock"): Call(),
    ("PUT", "/_test/clock"): Call(body={}),
    ("DELETE", "/_test/clock"): Call(),
    # registry
    ("GET", "/departments"): Call(),
    ("GET", "/departments/{code}"): Call(resource="own_department"),
    ("POST", "/departments/{code}/internal-units"): Call(
        resource="own_department", body=_unit_code, probe=DEPARTMENT_PROBE
    ),
    ("PUT", "/departments/{code}/complaint-channel"): Call(
        resource="own_department",
        body={"complaint_phone": "0755-12319", "complaint_url": "https://cgj.sz.gov.cn/ts"},
        probe=DEPARTMENT_PROBE,
    ),
    ("POST", "/departments/{code}/deactivate"): Call(
        resource="internal_unit", probe=DEPARTMENT_PROBE
    ),
    ("GET", "/public/complaint-channels"): Call(),
    ("GET", "/public/complaint-channels/latest"): Call(),
    ("GET", "/public/complaint-channels/{year}/{quarter}"): Call(),
    ("GET", "/complaint-channels/missing"): Call(),
    ("POST", "/tasks"): Call(body=TASK, probe=("select count(*) from tasks", None)),
    ("POST", "/tasks/{task_id}/subtasks"): Call(
        resource="task", body=SUBTASK, facts=TASK_FACTS, probe=TASK_PROBE
    ),
    ("PUT", "/tasks/{task_id}/parent"): Call(
        resource="task_to_move",
        body=lambda r: {"parent_id": r["parent_id"]},
        facts={NEW_PARENT_LEAD: {URBAN}, MOVED_TASK_LEADS: {AUD}},
        probe=TASK_PROBE,
    ),
    ("POST", "/tasks/{task_id}/transitions"): Call(
        resource="task", fresh=True, body={"action": "start"}, facts=TASK_FACTS, probe=TASK_PROBE
    ),
    ("GET", "/tasks/{task_id}"): Call(resource="task", facts=TASK_FACTS),
    ("GET", "/tasks"): Call(),
    ("POST", "/tasks/{task_id}/progress"): Call(
        resource="task", body=PROGRESS, facts=TASK_FACTS, probe=TASK_PROBE
    ),
    ("GET", "/tasks/{task_id}/progress"): Call(resource="task", facts=TASK_FACTS),
    ("POST", "/tasks/{task_id}/urge-notices"): Call(
        resource="task",
        body={"content": "请抓紧办理。", "new_deadline": "2030-06-28"},
        facts=TASK_FACTS,
        probe=TASK_PROBE,
    ),
    ("GET", "/tasks/{task_id}/urge-notices"): Call(resource="task", facts=TASK_FACTS),
    ("GET", "/tasks/{task_id}/occurrences"): Call(resource="task", facts=TASK_FACTS),
    ("PUT", "/tasks/{task_id}/occurrences/{period}"): Call(
        resource="task", body={"progress": 50}, facts=TASK_FACTS, probe=TASK_PROBE
    ),
    ("POST", "/progress-checks"): Call(
        body={"year": 2026, "half": 2, "department": URBAN, "findings": []},
        probe=("select count(*) from progress_checks", None),
    ),
    ("GET", "/progress-checks"): Call(query={"year": "2026"}),
    ("GET", "/progress-reports/missing"): Call(query={"year": "2026", "quarter": "1"}),
    ("POST", "/white-papers"): Call(
        body={"year": 2027, "duties": "职责", "goals": "目标", "schedule": "进度"},
        probe=("select count(*) from white_papers", None),
    ),
    ("PATCH", "/white-papers/{paper_id}"): Call(
        resource="white_paper", body={"goals": "新目标"}, facts={OWNER: {URBAN}}, probe=PAPER_PROBE
    ),
    ("POST", "/white-papers/{paper_id}/publish"): Call(
        resource="white_paper", fresh=True, facts={OWNER: {URBAN}}, probe=PAPER_PROBE
    ),
    ("GET", "/white-papers/{paper_id}"): Call(resource="white_paper", facts={OWNER: {URBAN}}),
    ("POST", "/white-papers/{paper_id}/review"): Call(
        resource="published_paper", fresh=True, body={"outcome": "accepted"}, probe=PAPER_PROBE
    ),
    ("GET", "/late-white-papers"): Call(query={"year": "2026"}),
    ("GET", "/public/white-papers"): Call(),
    ("GET", "/public/white-papers/{paper_id}"): Call(resource="published_paper"),
    ("GET", "/calendar"): Call(),
    ("POST", "/calendar"): Call(
        body={"days": [], "years": []},
        probe=(
            "select (select count(*) from calendar_days), (select count(*) from calendar_years)",
            None,
        ),
    ),
    # A day and a year no test relies on: an allowed call changes nothing another test reads.
    ("PUT", "/calendar/days/{day}"): Call(
        body={"working": False, "name": "矩阵"},
        probe=("select count(*) from calendar_days where day = '2099-06-01'", None),
    ),
    ("DELETE", "/calendar/days/{day}"): Call(
        probe=("select count(*) from calendar_days where day = '2099-06-01'", None),
    ),
    ("DELETE", "/calendar/years/{year}"): Call(
        probe=("select count(*) from calendar_years where year = 2099", None),
    ),
    ("POST", "/jobs/overdue"): Call(),
    ("POST", "/jobs/period-duties"): Call(),
    ("GET", "/leader-matters/circulars/{year}/{quarter}"): Call(),
    ("POST", "/jobs/leader-matter-circulars"): Call(),
    # The assessment of 2099, a year no test reads: publishing it changes nothing they see.
    ("GET", "/assessment/page"): Call(),
    ("GET", "/assessment/{year}/scheme"): Call(),
    ("PUT", "/assessment/{year}/scheme/{indicator}"): Call(
        body={"name": "政务公开", "points": 5, "deduction": 1, "threshold": 3},
        probe=("select to_jsonb(i) from assessment_indicators i where year = 2099", None),
    ),
    ("GET", "/assessment/{year}/scorecard"): Call(),
    ("GET", "/assessment/{year}/departments/{code}"): Call(resource="own_department"),
    ("POST", "/assessment/{year}/publish"): Call(
        probe=("select count(*) from assessment_years where year = 2099", None)
    ),
    ("GET", "/assessment/{year}/commendations"): Call(),
    ("POST", "/assessment/{year}/rebuild"): Call(),
    # complaints
    ("POST", "/public/complaints"): Call(body=complaint_body()),
    ("GET", "/public/complaints/{code}"): Call(resource="web_complaint", secret=True),
    ("POST", "/public/complaints/{code}/messages"): Call(
        resource="web_complaint", secret=True, body={"body": "请问进展如何？"}
    ),
    ("POST", "/public/complaints/{code}/appraisal"): Call(
        resource="web_complaint", secret=True, body={"appraisal": "satisfied"}
    ),
    ("POST", "/public/complaints/{code}/evidence"): Call(
        resource="web_complaint", secret=True, raw=PNG
    ),
    ("POST", "/complaints"): Call(
        body=complaint_body(channel="mayor_hotline"),
        probe=("select count(*) from complaints", None),
    ),
    ("GET", "/complaints"): Call(),
    ("GET", "/complaints/{complaint_id}"): Call(resource="petition", facts=COMPLAINT_FACTS),
    ("GET", "/complaints/{complaint_id}/complainant"): Call(
        resource="petition",
        query={"purpose": "回访核实"},
        facts={**COMPLAINT_FACTS, IDENTITY_READERS: {PET, SUP}},
        probe=COMPLAINT_PROBE,
        seen_by=COMPLAINT_READ,
    ),
    ("GET", "/complaints/{complaint_id}/complainant-reads"): Call(
        resource="petition", facts=COMPLAINT_FACTS
    ),
    ("POST", "/complaints/{complaint_id}/forward"): Call(
        resource="petition",
        fresh=True,
        body={"to_department": FIN, "note": "请办理并反馈。"},
        facts=COMPLAINT_FACTS,
        probe=COMPLAINT_PROBE,
    ),
    ("POST", "/complaints/{complaint_id}/reassign"): Call(
        resource="petition",
        fresh=True,
        body={"to_department": AUD, "reason": "属审计职责。"},
        facts=COMPLAINT_FACTS,
        probe=COMPLAINT_PROBE,
    ),
    ("POST", "/complaints/{complaint_id}/acknowledge"): Call(
        resource="petition", fresh=True, facts=COMPLAINT_FACTS, probe=COMPLAINT_PROBE
    ),
    ("POST", "/complaints/{complaint_id}/outcome"): Call(
        resource="petition",
        fresh=True,
        body={
            "outcome": "unsubstantiated",
            "findings": "经查不属实。",
            "public_result": "投诉不属实。",
            "legal_basis": "《信访条例》",
        },
        facts=COMPLAINT_FACTS,
        probe=COMPLAINT_PROBE,
    ),
    ("GET", "/complaints/{complaint_id}/messages"): Call(
        resource="petition", facts=COMPLAINT_FACTS
    ),
    ("POST", "/complaints/{complaint_id}/messages"): Call(
        resource="petition",
        body={"body": "已收到，正在办理。"},
        facts=COMPLAINT_FACTS,
        probe=COMPLAINT_PROBE,
    ),
    ("GET", "/complaints/{complaint_id}/evidence"): Call(
        resource="petition", facts=COMPLAINT_FACTS
    ),
    ("GET", "/complaints/{complaint_id}/evidence/{evidence_id}"): Call(
        resource="petition", facts=COMPLAINT_FACTS
    ),
    ("GET", "/complaint-statistics"): Call(query=QUARTER),
    ("POST", "/admin/deadline-checks"): Call(),
    ("GET", "/open311/discovery.{format}"): Call(),
    ("GET", "/open311/v2/services.{format}"): Call(),
    ("GET", "/open311/v2/services/{service_code}.{format}"): Call(),
    ("POST", "/open311/v2/requests.{format}"): Call(form=OPEN311),  # 400: no api_key
    ("GET", "/open311/v2/tokens/{token}.{format}"): Call(),
    ("GET", "/open311/v2/requests/{service_request_id}.{format}"): Call(
        resource="web_complaint", secret=True
    ),
    ("GET", "/open311/v2/requests.{format}"): Call(
        resource="web_complaint",
        secret=True,
        query_keys={"service_request_id": "service_request_id"},
    ),
    ("POST", "/open311/api-keys"): Call(
        body={"name": "matrix app"}, probe=("select count(*) from open311_api_keys", None)
    ),
    ("GET", "/open311/api-keys"): Call(),
    ("POST", "/open311/api-keys/{key_id}/revoke"): Call(
        resource="api_key",
        probe=("select revoked_at from open311_api_keys where id = $1::uuid", "key_id"),
    ),
    # referrals
    ("POST", "/referral-reports"): Call(
        body=REPORT, probe=("select count(*) from referral_reports", None)
    ),
    ("GET", "/referral-reports/{report_id}"): Call(resource="report", facts={FILER: {FIN}}),
    ("GET", "/urge-referrals"): Call(),
    ("GET", "/complaint-referrals"): Call(),
    ("GET", "/cases"): Call(),
    ("POST", "/cases/media-leads"): Call(
        body=MEDIA_LEAD, probe=("select count(*) from cases where source = 'media_lead'", None)
    ),
    ("GET", "/cases/{case_id}"): Call(
        resource="decided_case", facts={REFERRER: {FIN}, DECIDED: True, JUDGE: {SUP}}
    ),
    **{
        ("POST", f"/cases/{{case_id}}/{action}"): Call(
            resource="case",
            fresh=action == "reject",
            body=body,
            facts={JUDGE: {SUP}},
            probe=CASE_PROBE,
        )
        for action, body in CASE_STEPS.items()
    },
    ("POST", "/incidents"): Call(body=INCIDENT, probe=("select count(*) from incidents", None)),
    ("GET", "/incidents/{incident_id}"): Call(resource="incident"),
    ("POST", "/incidents/{incident_id}/explanation"): Call(
        resource="incident", probe=INCIDENT_PROBE
    ),
    ("POST", "/incidents/{incident_id}/investigation-conclusion"): Call(
        resource="incident", body={"concluded_on": "2026-11-27"}, probe=INCIDENT_PROBE
    ),
    ("POST", "/incidents/{incident_id}/circulation"): Call(
        resource="incident", body={"by": "department"}, probe=INCIDENT_PROBE
    ),
    ("POST", "/legal-outcomes"): Call(
        body=lambda _: legal_outcome_body(), probe=("select count(*) from legal_outcomes", None)
    ),
    ("GET", "/legal-outcomes/{outcome_id}"): Call(
        resource="legal_outcome", facts={DEPARTMENT: {URBAN}}
    ),
    ("POST", "/legal-outcomes/{outcome_id}/review/finding"): Call(
        resource="legal_outcome",
        fresh=True,
        body={"finding": "no_fault", "reasons": "程序合法，无行政过错。"},
        probe=OUTCOME_PROBE,
    ),
    ("POST", "/incidents/{incident_id}/on-site-meeting"): Call(
        resource="incident",
        body={"held_at": "2026-11-20T15:00:00+08:00", "convened_by": "city"},
        probe=INCIDENT_PROBE,
    ),
    ("POST", "/incidents/{incident_id}/initial-decision"): Call(
        resource="incident", body={"facts": "初步问责。"}, probe=INCIDENT_PROBE
    ),
    ("POST", "/incidents/{incident_id}/dereliction"): Call(
        resource="incident", body={"finding": "监管失职。"}, probe=INCIDENT_PROBE
    ),
    ("POST", "/incidents/{incident_id}/apology-decision"): Call(
        resource="incident",
        body={"facts": "责令公开道歉。", "head": {"name": "张某", "post": "局长", "unit": "某局"}},
        probe=INCIDENT_PROBE,
    ),
    ("POST", "/fault-filings"): Call(
        body=FILING, probe=("select count(*) from fault_filings", None)
    ),
    ("GET", "/fault-filings"): Call(query=QUARTER),
    ("GET", "/fault-filings/{filing_id}"): Call(
        resource="filing", facts={"the filing department": {URBAN}}
    ),
    ("POST", "/joint-meetings"): Call(
        body={"year": 2026, "quarter": 4}, probe=("select count(*) from joint_meetings", None)
    ),
    ("GET", "/joint-meetings/{meeting_id}"): Call(resource="joint_meeting"),
    ("POST", "/joint-meetings/{meeting_id}/minutes"): Call(
        resource="joint_meeting",
        body={"minutes": "纪要"},
        probe=("select to_jsonb(m) from joint_meetings m where id = $1::uuid", "meeting_id"),
    ),
    ("POST", "/district-reports"): Call(
        body={
            "year": 2001,
            "half": 1,
            "summary": "报告",
            "cases": 0,
            "decisions": 0,
            "sanctioned_persons": 0,
        },
        probe=("select count(*) from district_reports", None),
        facts={"a body of a district (its government or a unit under it)": set()},
    ),
    ("GET", "/district-reports"): Call(query={"year": "2026", "half": "1"}),
    ("GET", "/referral-statistics"): Call(query=QUARTER),
    ("GET", "/referral-statistics/half-year"): Call(
        query={"year": "2026", "half": "2", "district": "SZ-FUTIAN"}
    ),
    ("GET", "/referral-statistics/joint-meeting"): Call(query=QUARTER),
    ("POST", "/admin/overdue-checks"): Call(),
    # notifications
    ("GET", "/departments/{department}/inbox/stream"): Call(resource="inbox_item"),
    ("GET", "/departments/{department}/inbox"): Call(resource="inbox_item"),
    ("GET", "/departments/{department}/inbox/unread-count"): Call(resource="inbox_item"),
    ("GET", "/departments/{department}/inbox/{item_id}"): Call(resource="inbox_item"),
    ("POST", "/departments/{department}/inbox/{item_id}/read"): Call(
        resource="inbox_item", probe=ITEM_PROBE
    ),
    ("POST", "/departments/{department}/inbox/{item_id}/acknowledgement"): Call(
        resource="inbox_item", body={"officer_name": "李四"}, probe=ITEM_PROBE
    ),
    ("GET", "/copy-rules"): Call(),
    ("POST", "/copy-rules"): Call(
        body=lambda _: copy_rule_body(), probe=("select count(*) from copy_rules", None)
    ),
    ("PATCH", "/copy-rules/{rule_id}"): Call(
        resource="copy_rule", body={"enabled": False}, probe=RULE_PROBE
    ),
    ("POST", "/departments/{department}/webhooks"): Call(
        resource="webhook", body=WEBHOOK, probe=WEBHOOK_PROBE
    ),
    ("GET", "/departments/{department}/webhooks"): Call(resource="webhook"),
    ("DELETE", "/departments/{department}/webhooks/{subscription_id}"): Call(
        resource="webhook", fresh=True, probe=WEBHOOK_PROBE
    ),
    ("GET", "/departments/{department}/webhooks/{subscription_id}/deliveries"): Call(
        resource="webhook"
    ),
    (
        "POST",
        "/departments/{department}/webhooks/{subscription_id}/deliveries/{delivery_id}/redeliver",
    ): Call(resource="webhook", probe=WEBHOOK_PROBE),
    ("POST", "/admin/jobs/acknowledgement-timers"): Call(),
    ("GET", "/operator"): Call(),
    ("GET", "/operator/flow"): Call(),
}
# Rows beyond CALLS: the same routes on a resource whose relations differ (no department
# judges itself; the accused unit never reads who complained).
VARIANTS: dict[tuple[str, str], dict[str, Call]] = {
    ("GET", "/complaints/{complaint_id}/complainant"): {
        "accused unit handles": Call(
            resource="accused_complaint",
            query={"purpose": "回访核实"},
            facts={IDENTITY_READERS: {SUP}, PARTIES: {URBAN}},
            probe=COMPLAINT_PROBE,
            seen_by=COMPLAINT_READ,
        )
    },
    ("GET", "/cases/{case_id}"): {
        "concerning supervision": Call(
            resource="supervision_case", facts={REFERRER: set(), DECIDED: False, JUDGE: {GOV}}
        )
    },
    **{
        ("POST", f"/cases/{{case_id}}/{action}"): {
            "concerning supervision": Call(
                resource="supervision_case",
                fresh=True,
                body=body,
                facts={JUDGE: {GOV}},
                probe=CASE_PROBE,
            )
        }
        for action, body in CASE_STEPS.items()
    },
}
# Path parameters that need no resource.
FIXED_PATH = {
    "service_code": "inaction",
    "format": "json",
    "token": "no-such-token",
    "day": "2099-06-01",
    "year": "2099",
    "quarter": "1",
    "period": "2026-Q4",
    "indicator": "OPENNESS",
    **PER_PATH,
}
