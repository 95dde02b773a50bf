"""Alembic environment of the notifications database."""

import services.notifications.inbox.models
import services.notifications.routing.models
import services.notifications.webhooks.models  # noqa: F401
from services.notifications.config import NotificationsSettings
from services.notifications.database import Base
from shared.migrations import run_env

run_env(Base.metadata, NotificationsSettings().database_url)
