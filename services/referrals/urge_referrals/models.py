"""The urge-notice referral table: one referral to supervision per task (R5)."""

import uuid
from datetime import datetime

from sqlalchemy import DateTime, Integer, String, func
from sqlalchemy.orm import Mapped, mapped_column

from services.referrals.database import Base


class UrgeReferral(Base):
    """A task on which GOV_OFFICE issued a second urge notice, referred to supervision (R5)."""

    __tablename__ = "urge_referrals"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    task_id: Mapped[uuid.UUID] = mapped_column(unique=True)
    notice_id: Mapped[uuid.UUID]
    sequence: Mapped[int] = mapped_column(Integer)
    work_item: Mapped[str] = mapped_column(String(200))
    lead_unit: Mapped[str] = mapped_column(String(40), index=True)
    referred_by: Mapped[str] = mapped_column(String(40))
    source_event_id: Mapped[uuid.UUID]
    referred_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now()
    )
