"""Complaints settings (env prefix COMPLAINTS_)."""

from typing import Annotated, ClassVar

from fastapi import Depends
from pydantic import Field, model_validator
from pydantic_settings import SettingsConfigDict

from shared.deps import app_settings
from shared.settings import DEV_DATABASE, ServiceSettings

# Development pepper only: refused in production (see the validator below).
DEV_TRACKING_PEPPER = "dev-only-tracking-pepper-change-me-0123456789"
DEFAULT_EVIDENCE_TYPES = ("image/jpeg", "image/png", "application/pdf")


class ComplaintsSettings(ServiceSettings):
    """Settings of the complaints service."""

    model_config = SettingsConfigDict(env_prefix="COMPLAINTS_")
    seals_data: ClassVar[bool] = True  # complainant identity / webhook secrets

    service_name: str = "complaints"
    port: int = 8002
    database_url: str = f"{DEV_DATABASE}/complaints"

    # Time limits per category in working days, overriding the defaults of complaints/rules.py:
    # COMPLAINTS_TIME_LIMITS='{"delay": [1, 5]}' (acknowledge, handle).
    time_limits: dict[str, tuple[int, int]] = Field(default_factory=dict)
    reminder_lead_working_days: int = 1
    deadline_check_interval_s: float = 60.0

    # Secrets of anonymous tracking: a server-side pepper and the hash's work factor. The
    # secrets are 128 random bits, not passwords: like API tokens they need a salted hash,
    # not stretching (no one can enumerate 2^128 guesses), so one round is the default.
    # Stored hashes carry their own count, so changing this keeps old secrets verifiable.
    tracking_pepper: str = DEV_TRACKING_PEPPER
    secret_hash_iterations: int = 1

    # Public endpoints: requests per client per minute; proxies whose X-Forwarded-For is
    # believed (the front end that citizens reach the intake through).
    public_rate_limit_per_minute: int = 30
    trusted_proxies: list[str] = Field(default_factory=lambda: ["127.0.0.1", "::1"])

    # Open311 GeoReport v2 (docs/complaints.md): the jurisdiction_id this endpoint serves, the
    # POSTs each partner app's api key may make per minute, what service discovery tells
    # (contact, where partner apps get a key) and the endpoint's public URL (default: the
    # request's own base URL).
    open311_jurisdiction_id: str = "shenzhen.gov.cn"
    open311_key_rate_limit_per_minute: int = 120
    open311_contact: str = "深圳市人民政府办公厅督查室"
    open311_key_service: str = "api keys are issued by the government office (GOV_OFFICE) admin"
    open311_public_url: str | None = None

    # Who takes a matter concerning supervision itself (or a unit above it): a functional
    # role (its holders) or a department code, e.g. the province's supervision bureau.
    conflict_body: str = "GOV_OFFICE"

    # Evidence files: stored under this directory (outside the database), limits per file.
    evidence_dir: str = ".data/evidence"
    evidence_max_bytes: int = 5 * 1024 * 1024
    evidence_max_files: int = 10
    evidence_content_types: list[str] = Field(default_factory=lambda: [*DEFAULT_EVIDENCE_TYPES])

    @model_validator(mode="after")
    def _refuse_dev_pepper_in_production(self) -> "ComplaintsSettings":
        if self.environment == "production" and self.tracking_pepper == DEV_TRACKING_PEPPER:
            raise ValueError("the development tracking pepper must not be used in production")
        return self


SettingsDep = Annotated[ComplaintsSettings, Depends(app_settings)]
