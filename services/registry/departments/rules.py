"""Department kinds and the demo directory of seed 000's responsibility table."""

from enum import StrEnum
from typing import NamedTuple

from shared.directory import FunctionalRole


class DepartmentKind(StrEnum):
    """What kind of unit a department is."""

    CITY_DEPARTMENT = "city_department"  # 市政府部门
    DISTRICT_GOVERNMENT = "district_government"  # 区政府
    STREET_OFFICE = "street_office"  # 街道办事处
    INTERNAL_UNIT = "internal_unit"  # 内设机构


class SeedDepartment(NamedTuple):
    """One demo department."""

    code: str
    name_zh: str
    name_en: str
    kind: DepartmentKind
    role: FunctionalRole | None = None


_CITY = DepartmentKind.CITY_DEPARTMENT
_DISTRICT = DepartmentKind.DISTRICT_GOVERNMENT

# The units named as responsible (责任单位) in the responsibility table of seed 000
# (深府办〔2006〕8号), with the functional roles the rules refer to.
SEED_DEPARTMENTS: tuple[SeedDepartment, ...] = (
    SeedDepartment(
        "SZ-SUPERVISION",
        "市监察局",
        "Municipal Supervision Bureau",
        _CITY,
        FunctionalRole.SUPERVISION,
    ),
    SeedDepartment(
        "SZ-PERSONNEL", "市人事局", "Municipal Personnel Bureau", _CITY, FunctionalRole.PERSONNEL
    ),
    SeedDepartment(
        "SZ-FINANCE", "市财政局", "Municipal Finance Bureau", _CITY, FunctionalRole.FINANCE
    ),
    SeedDepartment("SZ-AUDIT", "市审计局", "Municipal Audit Bureau", _CITY, FunctionalRole.AUDIT),
    SeedDepartment(
        "SZ-LEGAL", "市法制办", "Municipal Legislative Affairs Office", _CITY, FunctionalRole.LEGAL
    ),
    SeedDepartment(
        "SZ-GOV-OFFICE",
        "市政府办公厅",
        "General Office of the Municipal Government",
        _CITY,
        FunctionalRole.GOV_OFFICE,
    ),
    SeedDepartment(
        "SZ-PETITION",
        "市信访局",
        "Municipal Letters and Visits Bureau",
        _CITY,
        FunctionalRole.PETITION,
    ),
    SeedDepartment(
        "SZ-ESTABLISHMENT", "市编办", "Municipal Institutional Establishment Office", _CITY
    ),
    SeedDepartment("SZ-REFORM", "市改革办", "Municipal Reform Office", _CITY),
    SeedDepartment(
        "SZ-ENVIRONMENT", "市环保局", "Municipal Environmental Protection Bureau", _CITY
    ),
    SeedDepartment("SZ-URBAN-MGMT", "市城管局", "Municipal Urban Management Bureau", _CITY),
    SeedDepartment("SZ-PUBLIC-SECURITY", "市公安局", "Municipal Public Security Bureau", _CITY),
    SeedDepartment("SZ-TRANSPORT", "市交通局", "Municipal Transport Bureau", _CITY),
    SeedDepartment(
        "SZ-FOOD-DRUG", "市食品药品监督局", "Municipal Food and Drug Administration", _CITY
    ),
    SeedDepartment(
        "SZ-SCI-TECH-INFO",
        "市科技信息局",
        "Municipal Science, Technology and Information Bureau",
        _CITY,
    ),
    SeedDepartment("SZ-FUTIAN", "福田区政府", "Futian District Government", _DISTRICT),
    SeedDepartment("SZ-LUOHU", "罗湖区政府", "Luohu District Government", _DISTRICT),
    SeedDepartment("SZ-NANSHAN", "南山区政府", "Nanshan District Government", _DISTRICT),
    SeedDepartment("SZ-YANTIAN", "盐田区政府", "Yantian District Government", _DISTRICT),
    SeedDepartment("SZ-BAOAN", "宝安区政府", "Bao'an District Government", _DISTRICT),
    SeedDepartment("SZ-LONGGANG", "龙岗区政府", "Longgang District Government", _DISTRICT),
)
