"""When a complaint becomes a referral to supervision, and who reads it (R15)."""

from shared.directory import FunctionalRole

ESCALATED = "complaints.complaint.escalated.v1"
FAULT_SUBSTANTIATED = "complaints.complaint.fault_substantiated.v1"
READERS = frozenset({FunctionalRole.SUPERVISION})


def trigger(event_type: str, limit: str | None = None) -> str:
    """Names what opened a referral; one referral per complaint and trigger.

    R15: each missed time limit (acknowledge, handle) opens its own, once; a substantiated
    administrative fault opens one more.
    """
    if event_type == ESCALATED:
        if not limit:
            raise ValueError("an escalation names the missed limit")
        return f"missed_time_limit:{limit}"
    if event_type == FAULT_SUBSTANTIATED:
        return "substantiated_fault"
    raise ValueError(f"{event_type} opens no referral")
