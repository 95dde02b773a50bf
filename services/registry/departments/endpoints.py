"""HTTP endpoints of the department directory."""

from typing import Annotated

from fastapi import APIRouter, Depends, status

from services.registry.departments import repository, service
from services.registry.departments.rules import DepartmentKind
from services.registry.departments.schemas import (
    ComplaintChannelRead,
    ComplaintChannelUpdate,
    DepartmentRead,
    InternalUnitCreate,
)
from shared.access import PUBLIC, PathIs, authorize
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.directory import FunctionalRole
from shared.errors import NotFound
from shared.idempotency import IdempotencyDep

router = APIRouter(prefix="/departments", tags=["departments"])
public_router = APIRouter(
    prefix="/public/complaint-channels",
    tags=["departments (public)"],
    dependencies=[Depends(PUBLIC)],
)
Anyone = Annotated[Principal, Depends(authorize())]
OwnOfficer = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=PathIs("code")))]
Admin = Annotated[Principal, Depends(authorize(Role.ADMIN))]


@router.get("", response_model=list[DepartmentRead])
async def list_departments(
    session: SessionDep,
    _: Anyone,
    role: FunctionalRole | None = None,
    kind: DepartmentKind | None = None,
) -> list[DepartmentRead]:
    """Lists the directory by code. Callers: any authenticated department."""
    rows = await repository.list_all(session, role=role, kind=kind)
    return [DepartmentRead.model_validate(row) for row in rows]


@router.get("/{code}", response_model=DepartmentRead)
async def read_department(code: str, session: SessionDep, _: Anyone) -> DepartmentRead:
    """Gets one department. Callers: any authenticated department."""
    department = await repository.get(session, code)
    if department is None:
        raise NotFound(f"no department {code}")
    return DepartmentRead.model_validate(department)


@router.post(
    "/{code}/internal-units", status_code=status.HTTP_201_CREATED, response_model=DepartmentRead
)
async def add_internal_unit(
    code: str,
    body: InternalUnitCreate,
    session: SessionDep,
    _: OwnOfficer,
    idempotency: IdempotencyDep,
) -> DepartmentRead:
    """Adds an internal unit to decompose tasks to (R3). Callers: officers of that department."""
    unit = DepartmentRead.model_validate(await service.add_internal_unit(session, code, body))
    await idempotency.record(session, unit)
    await session.commit()
    return unit


@router.put("/{code}/complaint-channel", response_model=DepartmentRead)
async def set_complaint_channel(
    code: str, body: ComplaintChannelUpdate, session: SessionDep, _: OwnOfficer
) -> DepartmentRead:
    """Sets the complaint phone and web address (R11). Callers: officers of that department."""
    department = await service.set_complaint_channel(session, code, body)
    await session.commit()
    return DepartmentRead.model_validate(department)


@router.post("/{code}/deactivate", response_model=DepartmentRead)
async def deactivate_department(code: str, session: SessionDep, _: Admin) -> DepartmentRead:
    """Deactivates a department (merged or abolished). Callers: administrators."""
    department = await service.deactivate(session, code)
    await session.commit()
    return DepartmentRead.model_validate(department)


@public_router.get("", response_model=list[ComplaintChannelRead])
async def list_complaint_channels(session: SessionDep) -> list[ComplaintChannelRead]:
    """Lists every active department's complaint channels (R11). Callers: the public, no token."""
    rows = await repository.list_all(session)
    return [ComplaintChannelRead.model_validate(r) for r in rows if r.active]
