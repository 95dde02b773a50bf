"""The referrals service: referral reports to supervision (cases and decisions follow)."""

from fastapi import FastAPI

from services.referrals.complaint_referrals.endpoints import router as complaint_referrals_router
from services.referrals.complaint_referrals.rules import ESCALATED, FAULT_SUBSTANTIATED
from services.referrals.complaint_referrals.service import on_escalated, on_fault_substantiated
from services.referrals.config import ReferralsSettings
from services.referrals.database import directory, outbox, processed_events
from services.referrals.events import CONSUMED_TOPICS, CONSUMER_GROUP, URGE_NOTICE_ISSUED
from services.referrals.reports.endpoints import router as reports_router
from services.referrals.urge_referrals.endpoints import router as urge_referrals_router
from services.referrals.urge_referrals.service import on_urge_notice
from shared.app import ServiceSpec, create_service_app
from shared.consumer import ConsumerSpec


def service_spec(settings: ReferralsSettings | None = None) -> ServiceSpec:
    """Wires the referrals service."""
    return ServiceSpec(
        title="Referrals service (移送处理)",
        description=(
            "Referral reports to the supervision bureau, copied to supervision and personnel."
        ),
        settings=settings or ReferralsSettings(),
        routers=[reports_router, urge_referrals_router, complaint_referrals_router],
        outbox=outbox,
        processed=processed_events,
        consumers=[
            ConsumerSpec(
                CONSUMER_GROUP,
                CONSUMED_TOPICS,
                {
                    **directory.handlers(),
                    URGE_NOTICE_ISSUED: on_urge_notice,
                    ESCALATED: on_escalated,
                    FAULT_SUBSTANTIATED: on_fault_substantiated,
                },
            )
        ],
    )


def create_app() -> FastAPI:
    """Builds the referrals app (uvicorn factory)."""
    return create_service_app(service_spec())
