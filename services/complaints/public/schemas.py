"""What the complainant sees with the tracking code and secret."""

from datetime import date, datetime

from pydantic import Field

from services.complaints.complaints.rules import Appraisal, Category, Outcome, Status
from services.complaints.handling.schemas import MessageRead
from shared.schemas import ReadModel


class PublicStatus(ReadModel):
    """What the complainant sees with the code and secret: never internal notes or identities."""

    tracking_code: str
    status: Status
    category: Category
    target_department: str
    handling_department: str
    received_at: datetime
    acknowledge_due: date
    handle_due: date
    acknowledged_at: datetime | None
    handled_at: datetime | None
    outcome: Outcome | None
    public_result: str | None
    appraisal: Appraisal | None
    accountability_result: str | None = Field(
        default=None, description="supervision's result on the case the complaint generated"
    )
    accountability_reported_at: datetime | None = None
    messages: list[MessageRead] = Field(default_factory=list)
