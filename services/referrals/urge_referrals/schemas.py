"""Response bodies of urge referrals."""

import uuid
from datetime import datetime

from shared.schemas import ReadModel


class UrgeReferralRead(ReadModel):
    """A task referred to supervision after its second urge notice (R5)."""

    id: uuid.UUID
    task_id: uuid.UUID
    notice_id: uuid.UUID
    sequence: int
    work_item: str
    lead_unit: str
    referred_by: str
    source_event_id: uuid.UUID
    referred_at: datetime
