"""The department directory: creation with its event, and the demo seed."""

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.database import outbox
from services.registry.departments import repository
from services.registry.departments.models import Department
from services.registry.departments.rules import SEED_DEPARTMENTS, SeedDepartment
from services.registry.events import DepartmentCreated


async def create(session: AsyncSession, seed: SeedDepartment) -> Department:
    """Creates a department and the event that tells other services."""
    department = await repository.add(session, Department(**seed._asdict(), active=True, version=1))
    event = DepartmentCreated.model_validate(department, from_attributes=True)
    await outbox.add(session, event, subject=department.code)
    return department


async def seed_demo_directory(session: AsyncSession) -> int:
    """Adds the demo departments that are missing; returns how many were added."""
    added = 0
    for seed in SEED_DEPARTMENTS:
        if await repository.get(session, seed.code) is None:
            await create(session, seed)
            added += 1
    return added
