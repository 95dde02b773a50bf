"""Response bodies of inboxes."""

import uuid
from datetime import datetime
from typing import Any

from shared.schemas import ReadModel


class InboxItemRead(ReadModel):
    """An item in a department's inbox."""

    id: uuid.UUID
    department: str
    source_event_id: uuid.UUID
    source_event_type: str
    source_service: str
    subject: str
    title: str
    sender: str | None
    rule: str
    data: dict[str, Any]
    created_at: datetime
    read_at: datetime | None
