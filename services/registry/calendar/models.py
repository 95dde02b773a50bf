"""The operators' holiday calendar: days against the weekday rule, and the years declared known."""

from datetime import date

from sqlalchemy import Boolean, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from services.registry.database import Base


class CalendarDayRow(Base):
    """A holiday on a weekday, or an adjusted working weekend day (调休), added by an operator."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    working: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(50), default="")


class CalendarYear(Base):
    """A year whose official holidays the operators have entered completely."""

    __tablename__ = "calendar_years"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
