"""The referral report table."""

import uuid
from datetime import datetime

from sqlalchemy import DateTime, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column

from services.referrals.database import Base


class ReferralReport(Base):
    """A document filed with supervision by finance, audit, legal or the government office."""

    __tablename__ = "referral_reports"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(String(50))
    purpose: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text)
    filed_by: Mapped[str] = mapped_column(String(40), index=True)
    filed_by_subject: Mapped[str] = mapped_column(String(200))
    concerned_department: Mapped[str | None] = mapped_column(String(40))
    # Given by the filing (the request's clock, repository.add); the default is the database's.
    filed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
