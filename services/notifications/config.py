"""Notifications settings (env prefix NOTIFICATIONS_)."""

from pydantic_settings import SettingsConfigDict

from shared.settings import DEV_DATABASE, ServiceSettings


class NotificationsSettings(ServiceSettings):
    """Settings of the notifications service."""

    model_config = SettingsConfigDict(env_prefix="NOTIFICATIONS_")

    service_name: str = "notifications"
    port: int = 8004
    database_url: str = f"{DEV_DATABASE}/notifications"
