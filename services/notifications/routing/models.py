"""Admin-defined copy rules (the mandatory ones live in rules.py as data)."""

import uuid
from datetime import datetime

from sqlalchemy import DateTime, String, func
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from services.notifications.database import Base


class AdminCopyRule(Base):
    """Events of a type, when a field has one of some values, also go to these departments."""

    __tablename__ = "copy_rules"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    event_type: Mapped[str] = mapped_column(String(200), index=True)
    condition_field: Mapped[str | None] = mapped_column(String(100))
    condition_values: Mapped[list[str]] = mapped_column(ARRAY(String(200)), server_default="{}")
    departments: Mapped[list[str]] = mapped_column(ARRAY(String(40)))
    description: Mapped[str] = mapped_column(String(500))
    enabled: Mapped[bool] = mapped_column(server_default="true")
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    @property
    def rule_id(self) -> str:
        """Gets the id a delivery records for this rule."""
        return f"ADMIN-{self.id}"
