"""Filing and reading referral reports."""

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.cases import service as case_service
from services.referrals.cases.rules import CaseLimits, CaseSource
from services.referrals.database import audit, directory, outbox
from services.referrals.events import ReportFiled
from services.referrals.reports import repository
from services.referrals.reports.models import ReferralReport
from services.referrals.reports.rules import is_supervisory, may_file, may_read, opens_case
from services.referrals.reports.schemas import ReportCreate
from shared.auth import Principal
from shared.errors import Forbidden, NotFound


async def file_report(
    session: AsyncSession,
    *,
    principal: Principal,
    body: ReportCreate,
    limits: CaseLimits,
    now: datetime,
) -> ReferralReport:
    """Files a report and its copying event (R6); a referral also opens a case (R5)."""
    role = await directory.caller_role(session, principal.department)
    if not may_file(role, body.kind):
        raise Forbidden(
            f"a {role or 'department without a functional role'} may not file {body.kind}"
        )
    concerned = body.concerned_department
    if concerned:
        await directory.named(session, "concerned_department", concerned)
    report = await repository.add(
        session,
        ReferralReport(
            kind=body.kind,
            purpose=body.purpose,
            title=body.title,
            summary=body.summary,
            filed_by=principal.department,
            filed_by_subject=principal.subject,
            concerned_department=body.concerned_department,
        ),
        now,
    )
    await outbox.add(
        session,
        ReportFiled(
            report_id=report.id,
            kind=report.kind,
            purpose=report.purpose,
            title=report.title,
            filed_by=report.filed_by,
            concerned_department=report.concerned_department,
            filed_at=report.filed_at,
            supervisory=is_supervisory(body.kind),
        ),
        subject=str(report.id),
    )
    if opens_case(body.purpose):
        await case_service.open_case(
            session,
            source=CaseSource.REPORT,
            source_id=report.id,
            title=report.title,
            summary=report.summary,
            referring=report.filed_by,
            concerned=report.concerned_department,
            limits=limits,
            now=now,
            fresh=True,
        )
    # Last before the commit: the audit lock is held only from here to the commit.
    await audit.append(
        session,
        principal=principal,
        at=now,
        action="report.filed",
        record=("report", report.id),
        detail={"purpose": report.purpose, "concerned_department": report.concerned_department},
    )
    return report


async def read_report(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID
) -> ReferralReport:
    """Gets a report the caller's department may read, else the 404 of an unknown report."""
    role = await directory.caller_role(session, principal.department)  # 403 whatever the id
    report = await repository.get(session, report_id)
    if report is None or not may_read(principal.department, role, report.filed_by):
        raise NotFound(f"no referral report {report_id}")  # nothing leaks existence
    return report
