"""HTTP endpoints of copy rules (administrators)."""

from typing import Annotated

from fastapi import APIRouter, Depends, status

from services.notifications.routing import service
from services.notifications.routing.schemas import CopyRuleCreate, CopyRuleRead, CopyRuleSwitch
from shared.access import authorize
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.idempotency import IdempotencyDep

router = APIRouter(prefix="/copy-rules", tags=["copy rules"])
Admin = Annotated[Principal, Depends(authorize(Role.ADMIN))]


@router.get("", response_model=list[CopyRuleRead])
async def list_rules(session: SessionDep, _: Admin) -> list[CopyRuleRead]:
    """Lists the mandatory and the admin copy rules. Callers: administrators."""
    return await service.list_rules(session)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=CopyRuleRead)
async def create_rule(
    body: CopyRuleCreate,
    session: SessionDep,
    now: NowDep,
    principal: Admin,
    idempotency: IdempotencyDep,
) -> CopyRuleRead:
    """Adds a copy rule (event type, condition → departments). Callers: administrators."""
    row = await service.create_rule(session, principal=principal, now=now, body=body)
    rule = service.read(row)
    await idempotency.record(session, rule)
    await session.commit()
    return rule


@router.patch("/{rule_id}", response_model=CopyRuleRead)
async def switch_rule(
    rule_id: str, body: CopyRuleSwitch, session: SessionDep, now: NowDep, principal: Admin
) -> CopyRuleRead:
    """Switches an admin rule on or off; mandatory rules answer 409. Callers: administrators."""
    rule = await service.switch_rule(
        session, principal=principal, now=now, rule_id=rule_id, enabled=body.enabled
    )
    await session.commit()
    return rule
