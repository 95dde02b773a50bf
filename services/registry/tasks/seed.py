"""The demo tasks: the 31 items of seed 000's responsibility table (深府办〔2006〕8号)."""

import json
import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import NamedTuple

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.departments.rules import SEED_DEPARTMENTS, DepartmentKind
from services.registry.tasks import repository
from services.registry.tasks.models import Task
from services.registry.tasks.rules import TaskSource, TaskStatus
from services.registry.tasks.service import publish_assigned
from shared.workdays import CITY_TZ

TABLE = Path(__file__).with_name("seed_table.json")
SEED_PREFIX = "sfb-2006-8:"
# The table names collectives: every city department (市政府各部门), every district (各区政府).
ALL_CITY, ALL_DISTRICTS = "@CITY", "@DISTRICTS"


class SeedTask(NamedTuple):
    """One numbered item of the responsibility table."""

    seed_key: str
    group_no: int
    group_title: str
    item_no: int
    content: str
    target: str
    responsible_text: str
    deadline: date
    lead_unit: str
    co_units: list[str]


def _codes(kind: DepartmentKind) -> list[str]:
    return [d.code for d in SEED_DEPARTMENTS if d.kind == kind]


def expand_units(lead: str, tokens: list[str]) -> list[str]:
    """Expands the collectives into department codes, without the lead or repeats."""
    expanded = {
        ALL_CITY: _codes(DepartmentKind.CITY_DEPARTMENT),
        ALL_DISTRICTS: _codes(DepartmentKind.DISTRICT_GOVERNMENT),
    }
    codes: list[str] = []
    for token in tokens:
        for code in expanded.get(token, [token]):
            if code != lead and code not in codes:
                codes.append(code)
    return codes


def load_table() -> tuple[date, str, list[SeedTask]]:
    """Reads the table: the assignment date, the assigning office and the items."""
    data = json.loads(TABLE.read_text(encoding="utf-8"))
    items = [
        SeedTask(
            seed_key=f"{SEED_PREFIX}{item['item_no']:02d}",
            group_no=item["group_no"],
            group_title=item["group_title"],
            item_no=item["item_no"],
            content=item["content"],
            target=item["target"],
            responsible_text=item["responsible_text"],
            deadline=date.fromisoformat(item["deadline"]),
            lead_unit=item["lead_unit"],
            co_units=expand_units(item["lead_unit"], item["co_units"]),
        )
        for item in data["items"]
    ]
    return date.fromisoformat(data["assigned_on"]), data["assigned_by"], items


async def seed_demo_tasks(session: AsyncSession) -> int:
    """Adds the table's items that are missing (by seed key); returns how many were added."""
    assigned_on, assigned_by, items = load_table()
    existing = await repository.seed_keys(session)
    base = datetime.combine(assigned_on, time(9), CITY_TZ)
    added = 0
    for item in items:
        if item.seed_key in existing:
            continue
        task = await repository.add(
            session,
            Task(
                id=uuid.uuid4(),
                seed_key=item.seed_key,
                group_no=item.group_no,
                group_title=item.group_title,
                item_no=item.item_no,
                work_item=item.group_title,
                content=item.content,
                target=item.target,
                source=TaskSource.RESPONSIBILITY_TABLE,
                lead_unit=item.lead_unit,
                co_units=item.co_units,
                responsible_text=item.responsible_text,
                status=TaskStatus.ASSIGNED,
                assigned_on=assigned_on,
                deadline=item.deadline,
                deadline_provisional=False,
                assigned_by=assigned_by,
                progress=0,
                urge_count=0,
                created_at=base + timedelta(seconds=item.item_no),
            ),
        )
        await publish_assigned(session, task)
        added += 1
    return added
