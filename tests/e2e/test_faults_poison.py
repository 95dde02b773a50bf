"""A poison event goes to the dead-letter topic, the stream goes on, and once its cause is
fixed an operator's replay delivers it exactly once."""

import json
import subprocess
import sys
import uuid

import httpx
import pytest
from aiokafka import TopicPartition

from tests.e2e.faults_support import Stream, copies_per_report, wait_all_copied_once
from tests.e2e.helpers import file_report, wait_consumed
from tests.support.stack import ROOT, Stack, wait_for

pytestmark = [pytest.mark.stack, pytest.mark.faults]

# The fault: notifications cannot store an item with this title (a defect, simulated by a
# trigger on its inbox table); fixing it means dropping the trigger.
DEFECT = """
create function refuse_poison() returns trigger language plpgsql as $$
begin
  if new.title like 'poison-%' then
    raise exception 'cannot store inbox item %', new.title;
  end if;
  return new;
end $$;
create trigger refuse_poison before insert on inbox_items
  for each row execute function refuse_poison();
"""
FIX = (
    "drop trigger if exists refuse_poison on inbox_items; drop function if exists refuse_poison();"
)


def events_cli(stack: Stack, *args: str) -> str:
    """Runs the operators' `python -m tools.events` in the test run's topic namespace."""
    return subprocess.run(
        [sys.executable, "-m", "tools.events", *args],
        cwd=ROOT,
        env=stack.env("registry"),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout


async def test_poison_event_is_dead_lettered_stream_goes_on_replay_delivers_once(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    await stack.execute("notifications", DEFECT)
    try:
        poison = await file_report(http, stack, title=f"poison-{uuid.uuid4().hex[:8]}")
        stream = Stream(stack, total=60, rate=20, tag=f"after-poison-{uuid.uuid4().hex[:8]}")
        later = [o.report_id for o in await stream.run()]

        async def dead_lettered() -> dict[str, str] | None:
            lines = events_cli(stack, "dlq", "--group", "notifications").splitlines()
            found = [json.loads(line) for line in lines]
            return next((d for d in found if d.get("subject") == poison["id"]), None)

        dead = await wait_for(dead_lettered, timeout=90, interval=1.0)
        assert "cannot store inbox item" in dead["dlq_error"]
        assert dead["dlq_attempts"] == "5"
        # The stream went on: the reports filed after the poison have their copies, it has none.
        await wait_all_copied_once(stack, later)
        assert await copies_per_report(stack, [poison["id"]]) == {}
    finally:
        await stack.execute("notifications", FIX)

    offset = str(dead["dlq_offset_in_dead_letters"])
    for _ in range(2):  # an operator replaying twice still delivers once
        replayed = events_cli(stack, "replay", "--group", "notifications", "--offset", offset)
    # "replayed <group>.dlq@N to <topic>[<partition>]@<offset>"
    topic, rest = replayed.split(" to ")[1].split("[")
    partition, at = rest.strip().split("]@")
    await wait_consumed(
        f"{stack.prefix}notifications", TopicPartition(topic, int(partition)), int(at)
    )
    assert await wait_all_copied_once(stack, [poison["id"]], timeout=60) == {
        (poison["id"], "SZ-SUPERVISION"): 1,
        (poison["id"], "SZ-PERSONNEL"): 1,
    }
