"""Complaints settings (env prefix COMPLAINTS_)."""

from pydantic_settings import SettingsConfigDict

from shared.settings import DEV_DATABASE, ServiceSettings


class ComplaintsSettings(ServiceSettings):
    """Settings of the complaints service."""

    model_config = SettingsConfigDict(env_prefix="COMPLAINTS_")

    service_name: str = "complaints"
    port: int = 8002
    database_url: str = f"{DEV_DATABASE}/complaints"
