"""Alembic environment of the referrals database."""

import services.referrals.reports.models  # noqa: F401  (registers the tables)
from services.referrals.config import ReferralsSettings
from services.referrals.database import Base
from shared.migrations import run_env

run_env(Base.metadata, ReferralsSettings().database_url)
