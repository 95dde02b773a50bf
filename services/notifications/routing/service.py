"""Routing an event (the table, the directory, the admin rules); admin rules' validation,
listing next to the mandatory rules, switching."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.notifications.database import audit, directory
from services.notifications.routing import repository
from services.notifications.routing.models import AdminCopyRule
from services.notifications.routing.rules import (
    MANDATORY_RULE_IDS,
    MANDATORY_RULES,
    Condition,
    CopyRule,
    is_routed,
    named_departments,
    roles_needed,
    route,
)
from services.notifications.routing.schemas import CopyRuleCreate, CopyRuleRead
from shared.auth import Principal
from shared.errors import Conflict, NotFound, invalid_field
from shared.events import Envelope


def as_copy_rule(row: AdminCopyRule) -> CopyRule:
    """Turns a stored admin rule into the pure rule the router applies."""
    condition = (
        Condition(row.condition_field, frozenset(row.condition_values))
        if row.condition_field
        else None
    )
    return CopyRule(
        row.rule_id, row.event_type, departments=tuple(row.departments), condition=condition
    )


async def admin_rules_for(
    session: AsyncSession, event_types: set[str]
) -> dict[str, list[CopyRule]]:
    """Gets the enabled admin rules of some event types as pure rules, by event type.

    One query for a consumer's whole batch, in its transaction: a rule switched on or off
    applies from the next batch, in every replica, with no cache to invalidate.
    """
    rules: dict[str, list[CopyRule]] = {}
    for row in await repository.enabled_for(session, event_types):
        rules.setdefault(row.event_type, []).append(as_copy_rule(row))
    return rules


async def recipients(
    session: AsyncSession, envelope: Envelope, extra: list[CopyRule]
) -> dict[str, list[str]]:
    """Gets who receives an event (`extra`: its admin rules), with the rules that reach each.

    A department the event names, or a role a rule needs, that the directory copy does not
    hold yet makes the event wait (NotInDirectoryYet): it is applied once the directory
    event arrives, never skipped.
    """
    for code in named_departments(envelope.type, envelope.data):
        await directory.require(session, code)
    holders: dict[str, list[str]] = {
        role: await directory.require_role(session, role)
        for role in roles_needed(envelope.type, envelope.data)
    }
    return route(envelope.type, envelope.data, holders, extra)


async def create_rule(
    session: AsyncSession, *, principal: Principal, now: datetime, body: CopyRuleCreate
) -> AdminCopyRule:
    """Adds an admin rule after checking its event type and departments."""
    if not is_routed(body.event_type):
        raise invalid_field(
            f"notifications does not route events of type {body.event_type}",
            "event_type",
            kind="enum",
            msg="unknown event type",
        )
    unknown = [code for code in body.departments if await directory.lookup(session, code) is None]
    if unknown:
        raise invalid_field(
            f"unknown departments: {', '.join(unknown)}",
            "departments",
            kind="unknown",
            msg="unknown department",
        )
    row = await repository.add(
        session,
        AdminCopyRule(
            event_type=body.event_type,
            condition_field=body.condition.field if body.condition else None,
            condition_values=body.condition.values if body.condition else [],
            departments=list(dict.fromkeys(body.departments)),
            description=body.description,
            enabled=True,
            created_by=principal.subject,
        ),
    )
    detail = {"event_type": row.event_type, "departments": row.departments, "enabled": True}
    await _audit(session, principal, now, "created", row, detail)
    return row


async def _audit(
    session: AsyncSession,
    principal: Principal,
    now: datetime,
    action: str,
    row: AdminCopyRule,
    detail: dict[str, Any],
) -> None:
    await audit.append(
        session,
        principal=principal,
        at=now,
        action=f"copy_rule.{action}",
        record=("copy_rule", row.id),
        detail=detail,
    )


async def list_rules(session: AsyncSession) -> list[CopyRuleRead]:
    """Lists the mandatory rules, then the admin rules."""
    mandatory = [
        CopyRuleRead(
            id=rule.rule_id,
            event_type=rule.event_type,
            condition_field=rule.condition.field if rule.condition else None,
            condition_values=sorted(rule.condition.values) if rule.condition else [],
            departments=list(rule.departments),
            roles=[rule.role] if rule.role else [],
            fields=list(rule.fields),
            description=f"mandatory rule {rule.rule_id} (DOMAIN.md)",
            enabled=True,
            mandatory=True,
            created_at=None,
        )
        for rule in MANDATORY_RULES
    ]
    return mandatory + [read(row) for row in await repository.all_rules(session)]


def read(row: AdminCopyRule) -> CopyRuleRead:
    """Renders an admin rule."""
    return CopyRuleRead(
        id=str(row.id),
        event_type=row.event_type,
        condition_field=row.condition_field,
        condition_values=list(row.condition_values),
        departments=list(row.departments),
        roles=[],
        fields=[],
        description=row.description,
        enabled=row.enabled,
        mandatory=False,
        created_at=row.created_at,
    )


async def switch_rule(
    session: AsyncSession, *, principal: Principal, now: datetime, rule_id: str, enabled: bool
) -> CopyRuleRead:
    """Switches an admin rule on or off; a mandatory rule answers 409."""
    if rule_id in MANDATORY_RULE_IDS:
        raise Conflict(f"rule {rule_id} is mandatory and cannot be switched off or changed")
    try:
        key = uuid.UUID(rule_id)
    except ValueError as exc:
        raise NotFound(f"no copy rule {rule_id}") from exc
    row = await repository.get(session, key)
    if row is None:
        raise NotFound(f"no copy rule {rule_id}")
    row.enabled = enabled
    await _audit(session, principal, now, "switched", row, {"enabled": enabled})
    await session.flush()
    return read(row)
