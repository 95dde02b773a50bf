"""Response bodies of departments."""

from services.registry.departments.rules import DepartmentKind
from shared.directory import FunctionalRole
from shared.schemas import ReadModel


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
