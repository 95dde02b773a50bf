"""Alembic environment of the registry database."""

import services.registry.calendar.models
import services.registry.channels.models
import services.registry.checks.models
import services.registry.departments.models
import services.registry.leader_matters.models
import services.registry.occurrences.models
import services.registry.progress.models
import services.registry.tasks.models
import services.registry.urges.models
import services.registry.white_papers.models  # noqa: F401  (registers the tables)
from services.registry.config import RegistrySettings
from services.registry.database import Base
from shared.migrations import run_env

run_env(Base.metadata, RegistrySettings().database_url)
