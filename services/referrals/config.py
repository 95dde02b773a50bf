"""Referrals settings (env prefix REFERRALS_)."""

from typing import Annotated

from fastapi import Depends
from pydantic import Field
from pydantic_settings import SettingsConfigDict

from services.referrals.cases.rules import DEFAULT_LIMIT_WORKING_DAYS, Limit
from shared.deps import app_settings
from shared.settings import DEV_DATABASE, ServiceSettings


class ReferralsSettings(ServiceSettings):
    """Settings of the referrals service."""

    model_config = SettingsConfigDict(env_prefix="REFERRALS_")

    service_name: str = "referrals"
    port: int = 8003
    database_url: str = f"{DEV_DATABASE}/referrals"
    overdue_check_interval_s: float = 60.0
    # Who takes a matter concerning supervision itself (or a unit above it): a functional
    # role (its holders) or a department code, e.g. the province's supervision bureau.
    conflict_body: str = "GOV_OFFICE"
    # R16: working days a responsibility review has to reach its finding. No seed gives one;
    # the default borrows the 20 working days seed 003 gives a department's own review (R12).
    legal_review_working_days: int = Field(default=20, ge=1, le=250)
    # A case's time limits in working days (no seed sets them: these are the defaults).
    case_acceptance_working_days: int = DEFAULT_LIMIT_WORKING_DAYS[Limit.ACCEPTANCE]
    case_investigation_working_days: int = DEFAULT_LIMIT_WORKING_DAYS[Limit.INVESTIGATION]
    case_feedback_working_days: int = DEFAULT_LIMIT_WORKING_DAYS[Limit.FEEDBACK]

    # Days after a half year within which each district reports it (R8: no seed sets them).
    district_report_due_days: int = 15

    def case_limits(self) -> dict[Limit, int]:
        """Gets the working days each case limit allows."""
        return {
            Limit.ACCEPTANCE: self.case_acceptance_working_days,
            Limit.INVESTIGATION: self.case_investigation_working_days,
            Limit.FEEDBACK: self.case_feedback_working_days,
        }


# Routes take `settings: SettingsDep` instead of reading request.app.state.settings.
SettingsDep = Annotated[ReferralsSettings, Depends(app_settings)]
