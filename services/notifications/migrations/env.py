"""Alembic environment of the notifications database."""

import services.notifications.inbox.models  # noqa: F401  (registers the tables)
from services.notifications.config import NotificationsSettings
from services.notifications.database import Base
from shared.migrations import run_env

run_env(Base.metadata, NotificationsSettings().database_url)
