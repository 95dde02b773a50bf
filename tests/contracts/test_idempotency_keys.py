"""Every POST that creates takes an Idempotency-Key; every other POST says why it need not."""

from typing import Any

import pytest

from tools.openapi import SPECS, document

# POSTs that create nothing a retry could copy: each is a transition the state machine or a
# unique mark refuses the second time (409), an upsert, or an operator's job run.
NOT_CREATES: dict[tuple[str, str], str] = {
    ("registry", "/departments/{code}/deactivate"): "a transition: a retry finds it inactive",
    ("registry", "/tasks/{task_id}/transitions"): "a transition checked by the task's lifecycle",
    ("registry", "/white-papers/{paper_id}/publish"): "a transition: published papers are final",
    ("registry", "/calendar"): "an upsert of days: the same days twice are the same calendar",
    ("registry", "/jobs/overdue"): "an operator's job run: idempotent by its own marks",
    ("registry", "/jobs/period-duties"): "an operator's job run: one occurrence per period",
    ("registry", "/white-papers/{paper_id}/review"): "once per paper version: 409 after",
    ("registry", "/jobs/leader-matter-circulars"): "an operator's job run: once per quarter",
    ("registry", "/assessment/{year}/publish"): "closes the year once: 409 after",
    ("registry", "/assessment/{year}/rebuild"): "recomputes scores: twice is the same scores",
    ("referrals", "/cases/{case_id}/accept"): "a case transition",
    ("referrals", "/cases/{case_id}/investigate"): "a case transition",
    ("referrals", "/cases/{case_id}/close"): "a case transition",
    ("referrals", "/cases/{case_id}/reject"): "a case transition",
    ("referrals", "/cases/{case_id}/feedback"): "a case transition",
    ("referrals", "/incidents/{incident_id}/explanation"): "a review step, recorded once",
    ("referrals", "/incidents/{incident_id}/investigation-conclusion"): "a review step",
    ("referrals", "/incidents/{incident_id}/circulation"): "a review step, recorded once",
    ("referrals", "/incidents/{incident_id}/on-site-meeting"): "a step, recorded once",
    ("referrals", "/incidents/{incident_id}/dereliction"): "a review finding, recorded once",
    ("referrals", "/joint-meetings/{meeting_id}/minutes"): "issued once",
    ("referrals", "/admin/overdue-checks"): "an operator's job run",
    ("complaints", "/complaints/{complaint_id}/forward"): "a transition of the complaint",
    ("complaints", "/complaints/{complaint_id}/reassign"): "a transition of the complaint",
    ("complaints", "/complaints/{complaint_id}/acknowledge"): "a transition of the complaint",
    ("complaints", "/complaints/{complaint_id}/outcome"): "a transition of the complaint",
    ("complaints", "/public/complaints/{code}/appraisal"): "once per complaint (R17): 409 after",
    ("complaints", "/admin/deadline-checks"): "an operator's job run",
    ("complaints", "/open311/api-keys"): "a key is shown once: a retry issues another, "
    "and the admin revokes the spare (an answer to replay would keep the key)",
    ("complaints", "/open311/api-keys/{key_id}/revoke"): "revokes once: a retry finds it revoked",
    ("notifications", "/departments/{department}/inbox/{item_id}/read"): "sets a mark",
    ("notifications", "/departments/{department}/inbox/{item_id}/acknowledgement"): "sets a mark",
    (
        "notifications",
        "/departments/{department}/webhooks/{subscription_id}/deliveries/{delivery_id}/redeliver",
    ): "queues an existing delivery again: twice is one pending delivery",
    ("notifications", "/admin/jobs/acknowledgement-timers"): "an operator's job run",
}


def _posts(service: str) -> dict[str, dict[str, Any]]:
    return {path: ops["post"] for path, ops in document(service)["paths"].items() if "post" in ops}


def _takes_key(operation: dict[str, Any]) -> bool:
    return any(
        p["in"] == "header" and p["name"] == "Idempotency-Key"
        for p in operation.get("parameters", [])
    )


@pytest.mark.parametrize("service", list(SPECS))
def test_every_creating_post_documents_an_idempotency_key(service: str) -> None:
    posts = _posts(service)
    missing = [
        p for p, op in posts.items() if (service, p) not in NOT_CREATES and not _takes_key(op)
    ]
    assert not missing, f"{service}: creating POSTs without Idempotency-Key: {missing}"
    listed = [p for (s, p) in NOT_CREATES if s == service]
    assert set(listed) <= set(posts), f"{service}: NOT_CREATES names unknown routes"
    keyed_anyway = [p for p in listed if _takes_key(posts[p])]
    assert not keyed_anyway, f"{service}: listed as not creating but keyed: {keyed_anyway}"
