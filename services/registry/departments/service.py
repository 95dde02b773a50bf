"""The department directory: creation and changes with their events, and the demo seed."""

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.database import outbox
from services.registry.departments import repository
from services.registry.departments.models import Department
from services.registry.departments.rules import SEED_DEPARTMENTS, DepartmentKind, SeedDepartment
from services.registry.departments.schemas import ComplaintChannelUpdate, InternalUnitCreate
from services.registry.events import (
    DepartmentChanged,
    DepartmentCreated,
    DepartmentDeactivated,
    DepartmentUpdated,
)
from shared.directory import caller_role as directory_caller_role
from shared.errors import Conflict, NotFound


async def caller_role(session: AsyncSession, code: str) -> str | None:
    """Gets the functional role of the caller's department; 403 unless it is active."""
    return directory_caller_role(await repository.get(session, code), code)


async def _publish(
    session: AsyncSession, department: Department, event: type[DepartmentChanged]
) -> None:
    payload = event.model_validate(department, from_attributes=True)
    await outbox.add(session, payload, subject=department.code)


async def create(session: AsyncSession, seed: SeedDepartment) -> Department:
    """Creates a department and the event that tells other services."""
    department = await repository.add(session, Department(**seed._asdict(), active=True, version=1))
    await _publish(session, department, DepartmentCreated)
    return department


async def _existing(session: AsyncSession, code: str) -> Department:
    department = await repository.get(session, code)
    if department is None:
        raise NotFound(f"no department {code}")
    return department


async def add_internal_unit(
    session: AsyncSession, parent_code: str, body: InternalUnitCreate
) -> Department:
    """Adds an internal unit (内设机构) under a department, for decomposition (R3).

    The route lets only the department's own officers call (its policy: PathIs "code").
    """
    parent = await _existing(session, parent_code)
    if await repository.get(session, body.code) is not None:
        raise Conflict(f"department {body.code} already exists")
    unit = await repository.add(
        session,
        Department(
            code=body.code,
            name_zh=body.name_zh,
            name_en=body.name_en,
            kind=DepartmentKind.INTERNAL_UNIT,
            role=None,
            parent_code=parent.code,
            active=True,
            version=1,
        ),
    )
    await _publish(session, unit, DepartmentCreated)
    return unit


async def set_complaint_channel(
    session: AsyncSession, code: str, body: ComplaintChannelUpdate
) -> Department:
    """Sets a department's complaint phone and web address (R11); its officers call."""
    department = await _existing(session, code)
    department.complaint_phone = body.complaint_phone
    department.complaint_url = str(body.complaint_url)
    department.version += 1
    await session.flush()
    await _publish(session, department, DepartmentUpdated)
    return department


async def deactivate(session: AsyncSession, code: str) -> Department:
    """Deactivates a department: no new tasks go to it; other services' copies follow."""
    department = await repository.get(session, code)
    if department is None:
        raise NotFound(f"no department {code}")
    if not department.active:
        raise Conflict(f"department {code} is already inactive")
    department.active = False
    department.version += 1
    await session.flush()
    await _publish(session, department, DepartmentDeactivated)
    return department


async def seed_demo_directory(session: AsyncSession) -> int:
    """Adds the demo departments that are missing; returns how many were added."""
    added = 0
    for seed in SEED_DEPARTMENTS:
        if await repository.get(session, seed.code) is None:
            await create(session, seed)
            added += 1
    return added
