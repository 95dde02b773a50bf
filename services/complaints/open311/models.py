"""Open311 tables: the partner apps' api keys, and which key filed which request."""

import uuid
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from services.complaints.database import Base


class ApiKey(Base):
    """An api key issued to a partner app; only its hash is kept, it is shown once."""

    __tablename__ = "open311_api_keys"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(200))  # the partner app
    # SHA-256 of the key: 256 random bits need no salt nor stretching (nothing to enumerate).
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))  # shown in the list, to tell keys apart
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    issued_by: Mapped[str] = mapped_column(String(200))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_by: Mapped[str | None] = mapped_column(String(200))


class FiledRequest(Base):
    """A complaint filed through Open311: the key that filed it and its token's hash."""

    __tablename__ = "open311_requests"

    complaint_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("complaints.id", ondelete="CASCADE"), primary_key=True
    )
    api_key_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("open311_api_keys.id"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
