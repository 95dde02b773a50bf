"""The referrals service: referral reports, cases and decisions at supervision."""

from functools import partial

from fastapi import FastAPI

from services.referrals.cases import jobs as case_jobs
from services.referrals.cases.endpoints import admin_router
from services.referrals.cases.endpoints import router as cases_router
from services.referrals.complaint_referrals.endpoints import router as complaint_referrals_router
from services.referrals.complaint_referrals.rules import ESCALATED, FAULT_SUBSTANTIATED
from services.referrals.complaint_referrals.service import on_escalated, on_fault_substantiated
from services.referrals.config import ReferralsSettings
from services.referrals.database import audit, calendar_copy, directory, outbox, processed_events
from services.referrals.district_reports import jobs as district_report_jobs
from services.referrals.district_reports.endpoints import router as district_reports_router
from services.referrals.events import CONSUMED_TOPICS, CONSUMER_GROUP, TOPICS, URGE_NOTICE_ISSUED
from services.referrals.filings.endpoints import router as filings_router
from services.referrals.incidents import jobs as incident_jobs
from services.referrals.incidents.endpoints import router as incidents_router
from services.referrals.joint_meetings.endpoints import router as joint_meetings_router
from services.referrals.legal_outcomes import jobs as legal_outcome_jobs
from services.referrals.legal_outcomes.endpoints import router as legal_outcomes_router
from services.referrals.reports.endpoints import router as reports_router
from services.referrals.statistics.endpoints import router as statistics_router
from services.referrals.urge_referrals.endpoints import router as urge_referrals_router
from services.referrals.urge_referrals.service import on_urge_notice
from shared.app import ServiceSpec, create_service_app
from shared.jobs import every


def service_spec(settings: ReferralsSettings | None = None) -> ServiceSpec:
    """Wires the referrals service; the case and incident deadline checks run in the background."""
    settings = settings or ReferralsSettings()
    interval = settings.overdue_check_interval_s
    limits = settings.case_limits()  # the cases consumers open start their acceptance limit

    return ServiceSpec(
        title="Referrals service (移送处理)",
        description=(
            "Referral reports copied to supervision and personnel (R6); cases at supervision "
            "from referrals, urge notices, complaints and media leads; decisions fed back (R5)."
        ),
        settings=settings,
        routers=[
            reports_router,
            urge_referrals_router,
            complaint_referrals_router,
            cases_router,
            incidents_router,
            legal_outcomes_router,
            filings_router,
            joint_meetings_router,
            district_reports_router,
            statistics_router,
            admin_router,
        ],
        outbox=outbox,
        topics=TOPICS,
        audit=audit,
        processed=processed_events,
        departments=directory.lookup,
        directory=directory,
        consumers=directory.consumers(
            CONSUMER_GROUP,
            CONSUMED_TOPICS,
            {
                **calendar_copy.handlers(),
                URGE_NOTICE_ISSUED: partial(on_urge_notice, limits=limits),
                ESCALATED: partial(on_escalated, limits=limits),
                FAULT_SUBSTANTIATED: partial(on_fault_substantiated, limits=limits),
            },
        ),
        jobs=[
            every("case deadlines", interval, case_jobs.case_deadlines),
            every("incident deadlines", interval, incident_jobs.incident_deadlines),
            every("review deadlines", interval, legal_outcome_jobs.review_deadlines),
            every(
                "missing district reports",
                interval,
                partial(
                    district_report_jobs.missing_reports,
                    days_after=settings.district_report_due_days,
                ),
            ),
        ],
    )


def create_app() -> FastAPI:
    """Builds the referrals app (uvicorn factory)."""
    return create_service_app(service_spec())
