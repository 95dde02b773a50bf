"""HTTP endpoints of the department directory."""

from fastapi import APIRouter

from services.registry.departments import repository
from services.registry.departments.rules import DepartmentKind
from services.registry.departments.schemas import DepartmentRead
from shared.auth import CurrentPrincipal
from shared.db import SessionDep
from shared.directory import FunctionalRole
from shared.errors import NotFound

router = APIRouter(prefix="/departments", tags=["departments"])


@router.get("", response_model=list[DepartmentRead])
async def list_departments(
    session: SessionDep,
    _: CurrentPrincipal,
    role: FunctionalRole | None = None,
    kind: DepartmentKind | None = None,
) -> list[DepartmentRead]:
    """Lists the directory by code. Callers: any authenticated department."""
    rows = await repository.list_all(session, role=role, kind=kind)
    return [DepartmentRead.model_validate(row) for row in rows]


@router.get("/{code}", response_model=DepartmentRead)
async def read_department(code: str, session: SessionDep, _: CurrentPrincipal) -> DepartmentRead:
    """Gets one department. Callers: any authenticated department."""
    department = await repository.get(session, code)
    if department is None:
        raise NotFound(f"no department {code}")
    return DepartmentRead.model_validate(department)
