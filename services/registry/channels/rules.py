"""Complaint channels (投诉渠道, R11): who must name them, and what is missing."""

from services.registry.departments.rules import DepartmentKind

# R11 (000 item 16): every department and government names a complaint phone and web
# address; internal units answer through their department.
OWE_A_CHANNEL = frozenset(
    {
        DepartmentKind.CITY_DEPARTMENT,
        DepartmentKind.DISTRICT_GOVERNMENT,
        DepartmentKind.STREET_OFFICE,
    }
)


def owes_a_channel(kind: str, active: bool) -> bool:
    """Tells whether a department must publish a complaint phone and web address (R11)."""
    return active and kind in OWE_A_CHANNEL


def missing_fields(phone: str | None, url: str | None) -> list[str]:
    """Lists the channel fields a department has not named (R11)."""
    return [
        name for name, value in (("complaint_phone", phone), ("complaint_url", url)) if not value
    ]


def document_path(year: int, quarter: int) -> str:
    """Gets the public address of a quarter's publication."""
    return f"/public/complaint-channels/{year}/{quarter}"
