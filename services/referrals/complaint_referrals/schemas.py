"""Response bodies of complaint referrals."""

import uuid
from datetime import date, datetime

from shared.schemas import ReadModel


class ComplaintReferralRead(ReadModel):
    """A complaint referred to supervision."""

    id: uuid.UUID
    complaint_id: uuid.UUID
    trigger: str
    category: str
    concerned_department: str
    due_date: date | None
    opened_at: datetime
