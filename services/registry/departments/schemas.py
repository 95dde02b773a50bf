"""Request and response bodies of departments."""

from pydantic import ConfigDict, Field, HttpUrl

from services.registry.departments.rules import DepartmentKind
from shared.directory import FunctionalRole
from shared.schemas import ReadModel, StrictModel


class DepartmentRead(ReadModel):
    """A department of the directory."""

    code: str
    name_zh: str
    name_en: str
    kind: DepartmentKind
    role: FunctionalRole | None
    parent_code: str | None
    complaint_phone: str | None
    complaint_url: str | None
    active: bool
    version: int = Field(description="Grows with every change (copies keep the newest)")


class InternalUnitCreate(StrictModel):
    """An internal unit (内设机构) of the caller's department."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"code": "SZ-FINANCE-BUDGET", "name_zh": "预算处", "name_en": "Budget Division"}
            ]
        }
    )

    code: str = Field(pattern=r"^[A-Z0-9][A-Z0-9-]{1,39}$", description="e.g. SZ-FINANCE-BUDGET")
    name_zh: str = Field(min_length=1, max_length=100)
    name_en: str = Field(min_length=1, max_length=200)


class ComplaintChannelUpdate(StrictModel):
    """A department's complaint phone and web address (R11)."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "complaint_phone": "0755-12345",
                    "complaint_url": "https://finance.sz.gov.cn/complaints",
                }
            ]
        }
    )

    complaint_phone: str = Field(pattern=r"^[0-9+\-() ]{3,40}$")
    complaint_url: HttpUrl = Field(max_length=300)


class ComplaintChannelRead(ReadModel):
    """A department's published complaint channels (R11)."""

    code: str
    name_zh: str
    name_en: str
    complaint_phone: str | None
    complaint_url: str | None
