"""Notifications settings (env prefix NOTIFICATIONS_)."""

from typing import Annotated, ClassVar

from fastapi import Depends
from pydantic import Field
from pydantic_settings import SettingsConfigDict

from shared.deps import app_settings
from shared.settings import DEV_DATABASE, ServiceSettings


class NotificationsSettings(ServiceSettings):
    """Settings of the notifications service."""

    model_config = SettingsConfigDict(env_prefix="NOTIFICATIONS_")
    seals_data: ClassVar[bool] = True  # complainant identity / webhook secrets

    service_name: str = "notifications"
    port: int = 8004
    database_url: str = f"{DEV_DATABASE}/notifications"

    # Acknowledgement (签收): a reminder after N working days, an escalation M days later.
    ack_reminder_working_days: int = 3
    ack_escalation_working_days: int = 2
    ack_timer_interval_s: float = 300.0
    ack_timer_enabled: bool = True

    # Webhooks: internal addresses are refused unless allowed here (comma-separated CIDRs,
    # or "true" in webhook_allow_private for every private address; tests allow 127.0.0.1).
    webhook_allow_private: bool = False
    webhook_private_allowlist: str = ""
    webhook_worker_enabled: bool = True
    webhook_poll_interval_s: float = 0.5
    webhook_batch_size: int = 50
    webhook_concurrency: int = 20
    webhook_timeout_s: float = 10.0
    webhook_max_attempts: int = 6
    webhook_backoff_base_s: float = 5.0
    webhook_backoff_max_s: float = 3600.0

    # Live stream: a keep-alive ping when idle; a re-read in case a notification was lost;
    # how often the process's LISTEN connection checks that the database is still there.
    stream_ping_interval_s: float = 15.0
    stream_refresh_interval_s: float = 30.0
    stream_check_interval_s: float = 5.0

    # Operator console: the events kept in memory, the history read at start, lag refresh;
    # the watcher reads Kafka only while someone looks, and stops this long after the last look.
    console_enabled: bool = True
    console_buffer: int = 500
    console_history: int = 20
    console_lag_interval_s: float = 1.0
    console_idle_s: float = Field(default=300.0, gt=0)


SettingsDep = Annotated[NotificationsSettings, Depends(app_settings)]
