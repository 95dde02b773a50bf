"""Delivering events to department inboxes by the copy rules."""

from sqlalchemy.ext.asyncio import AsyncSession

from services.notifications.database import directory, outbox
from services.notifications.events import ItemDelivered, ReportFiledView
from services.notifications.inbox import repository
from services.notifications.inbox.rules import rules_for
from shared.events import Envelope


class NoRecipient(LookupError):
    """A rule names a role no active department holds (the event is retried, then dead-lettered)."""


async def deliver_report_filed(session: AsyncSession, envelope: Envelope) -> None:
    """Copies a filed referral report to the departments the rules name (R6)."""
    report = envelope.payload(ReportFiledView)
    for rule in rules_for(envelope.type):
        codes = await directory.codes_with_role(session, rule.role)
        if not codes:
            raise NoRecipient(f"rule {rule.rule_id}: no active department holds {rule.role}")
        for code in codes:
            item_id = await repository.add_once(
                session,
                department=code,
                source_event_id=envelope.id,
                source_event_type=envelope.type,
                source_service=envelope.source,
                subject=envelope.subject,
                title=report.title,
                sender=report.filed_by,
                rule=rule.rule_id,
                data=envelope.data,
            )
            if item_id is not None:
                await outbox.add(
                    session,
                    ItemDelivered(
                        item_id=item_id,
                        department=code,
                        source_event_id=envelope.id,
                        source_event_type=envelope.type,
                        rule=rule.rule_id,
                    ),
                    subject=code,
                )
