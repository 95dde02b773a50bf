"""The demo tasks: the 31 items of seed 000's responsibility table (深府办〔2006〕8号)."""

import json
import uuid
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.departments.rules import SEED_DEPARTMENTS, DepartmentKind
from services.registry.tasks import repository
from services.registry.tasks.models import Task
from services.registry.tasks.rules import ACTIVE, TaskAction, TaskSource, TaskStatus
from services.registry.tasks.service import apply_transition, publish_assigned
from shared.workdays import CITY_TZ

TABLE = Path(__file__).with_name("seed_table.json")
SEED_PREFIX = "sfb-2006-8:"
# The table names collectives: every city department (市政府各部门), every district (各区政府).
ALL_CITY, ALL_DISTRICTS = "@CITY", "@DISTRICTS"
# An item that names only collectives: each of their units leads its own copy; the office
# that tracks the table leads only the items that name it.
EACH, TRACKER = "@EACH", "SZ-GOV-OFFICE"


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
    recurrence: str | None = None
    due_rule: dict[str, Any] | None = None


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


def _leads(item: dict[str, Any]) -> list[tuple[str, str, list[str]]]:
    """Gets (seed key, lead, co-units) of an item: one, or one per unit of its collectives."""
    key = f"{SEED_PREFIX}{item['item_no']:02d}"
    if item["lead_unit"] != EACH:
        return [(key, item["lead_unit"], expand_units(item["lead_unit"], item["co_units"]))]
    return [(f"{key}:{unit}", unit, []) for unit in expand_units(TRACKER, item["co_units"])]


def load_table() -> tuple[date, str, list[SeedTask]]:
    """Reads the table: the assignment date, the assigning office and the items' tasks."""
    data = json.loads(TABLE.read_text(encoding="utf-8"))
    items = [
        SeedTask(
            seed_key=key,
            group_no=item["group_no"],
            group_title=item["group_title"],
            item_no=item["item_no"],
            content=item["content"],
            target=item["target"],
            responsible_text=item["responsible_text"],
            deadline=date.fromisoformat(item["deadline"]),
            lead_unit=lead,
            co_units=co_units,
            recurrence=(item.get("recurrence") or {}).get("every"),
            due_rule={k: v for k, v in (item.get("recurrence") or {}).items() if k != "every"}
            or None,
        )
        for item in data["items"]
        for key, lead, co_units in _leads(item)
    ]
    return date.fromisoformat(data["assigned_on"]), data["assigned_by"], items


async def seed_demo_tasks(session: AsyncSession) -> int:
    """Adds the table's items that are missing (by seed key); returns how many were added."""
    assigned_on, assigned_by, items = load_table()
    existing = await repository.seed_keys(session)
    base = datetime.combine(assigned_on, time(9), CITY_TZ)
    added = 0
    for n, item in enumerate(items):
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
                recurrence=item.recurrence,
                due_rule=item.due_rule,
                assigned_by=assigned_by,
                progress=0,
                urge_count=0,
                created_at=base + timedelta(seconds=item.item_no, microseconds=n),
            ),
        )
        await publish_assigned(session, task)
        added += 1
    await _correct_earlier_seed(session, items, datetime.now(CITY_TZ))
    return added


async def _correct_earlier_seed(session: AsyncSession, items: list[SeedTask], at: datetime) -> None:
    """Brings tasks an earlier seed added in line with the table: an item now held by each
    of its units cancels the one copy the office led; a recurring item gets its rule."""
    wanted = {item.seed_key: item for item in items}
    for task in await repository.seeded(session):
        item = wanted.get(str(task.seed_key))
        if item is None and task.status in ACTIVE:
            reason = "the demo table now gives each responsible unit its own copy of this item"
            await apply_transition(
                session, task=task, action=TaskAction.CANCEL, by="seed", now=at, reason=reason
            )
        elif item is not None and task.recurrence is None and item.recurrence is not None:
            task.recurrence, task.due_rule = item.recurrence, item.due_rule
