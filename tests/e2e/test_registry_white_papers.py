"""White papers (R13): a department publishes tasks and last year's completion; immutable."""

import httpx
import pytest

from tests.e2e.notifications_support import outbox_events, wait_item
from tests.e2e.registry_helpers import FIN, SUP, act, assign
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack
TRANSPORT = "SZ-TRANSPORT"
PAPER = {
    "year": 2027,
    "duties": "交通运输管理",
    "goals": "公交准点率达到95%",
    "schedule": "按季推进",
}


async def test_white_paper_is_published_publicly_and_a_correction_is_a_new_version_R13(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    base, public = (
        stack.url("registry") + "/white-papers",
        stack.url("registry") + "/public/white-papers",
    )
    planned = await assign(
        http,
        stack,
        lead_unit=TRANSPORT,
        co_units=[],
        deadline="2027-06-30",
        deadline_working_days=None,
    )
    last_year = await assign(
        http,
        stack,
        lead_unit=TRANSPORT,
        co_units=[],
        deadline="2026-12-15",
        deadline_working_days=None,
    )
    assert (await act(http, stack, last_year["id"], TRANSPORT, "complete")).status_code == 200

    draft = await http.post(base, json=PAPER, headers=token(TRANSPORT))
    assert draft.status_code == 201, draft.text
    paper = draft.json()
    assert paper["status"] == "draft" and paper["version"] == 1
    assert (await http.get(f"{public}/{paper['id']}")).status_code == 404  # drafts are not public
    assert (await http.get(f"{base}/{paper['id']}", headers=token(FIN))).status_code == 404
    assert (await http.get(f"{base}/{paper['id']}", headers=token(SUP))).status_code == 200
    edit = await http.patch(
        f"{base}/{paper['id']}", json={"goals": "准点率96%"}, headers=token(TRANSPORT)
    )
    assert edit.status_code == 200 and edit.json()["goals"] == "准点率96%"
    assert (
        await http.patch(f"{base}/{paper['id']}", json={"goals": "x"}, headers=token(FIN))
    ).status_code == 403

    published = await http.post(f"{base}/{paper['id']}/publish", headers=token(TRANSPORT))
    assert published.status_code == 200, published.text
    body = published.json()
    assert body["status"] == "published"
    assert [t["task_id"] for t in body["tasks"]] == [planned["id"]]
    assert [(t["task_id"], t["completion"]) for t in body["previous_year"]] == [
        (last_year["id"], "completed")
    ]
    (event,) = await outbox_events(
        stack, "registry", "registry.white_paper.published.v1", f"{TRANSPORT}:2027"
    )
    # R13: supervision, which reviews the paper, finds it in its inbox.
    assert (await wait_item(http, stack, SUP, event))["rule"] == "R13"

    # Immutable once published: changes are 409, a correction is a new version.
    frozen = await http.patch(
        f"{base}/{paper['id']}", json={"goals": "改"}, headers=token(TRANSPORT)
    )
    assert frozen.status_code == 409
    assert (
        await http.post(f"{base}/{paper['id']}/publish", headers=token(TRANSPORT))
    ).status_code == 409
    correction = (
        await http.post(base, json={**PAPER, "goals": "更正"}, headers=token(TRANSPORT))
    ).json()
    assert correction["version"] == 2
    await http.post(f"{base}/{correction['id']}/publish", headers=token(TRANSPORT))

    listed = await http.get(public, params={"department": TRANSPORT, "year": 2027})
    assert listed.status_code == 200
    assert [(p["version"], p["goals"]) for p in listed.json()] == [(1, "准点率96%"), (2, "更正")]
