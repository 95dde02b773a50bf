"""Alembic environment of the referrals database."""

import services.referrals.complaint_referrals.models
import services.referrals.district_reports.models
import services.referrals.filings.models
import services.referrals.joint_meetings.models
import services.referrals.legal_outcomes.models
import services.referrals.reports.models
import services.referrals.urge_referrals.models  # noqa: F401  (register the tables)
from services.referrals.config import ReferralsSettings
from services.referrals.database import Base
from shared.migrations import run_env

run_env(Base.metadata, ReferralsSettings().database_url)
