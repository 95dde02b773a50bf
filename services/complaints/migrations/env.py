"""Alembic environment of the complaints database."""

import services.complaints.complaints.models
import services.complaints.deadlines.models
import services.complaints.evidence.models
import services.complaints.handling.models  # noqa: F401  (register the tables)
from services.complaints.config import ComplaintsSettings
from services.complaints.database import Base
from shared.migrations import run_env

run_env(Base.metadata, ComplaintsSettings().database_url)
