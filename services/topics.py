"""Creates every service's Kafka topics as configured, then checks them (deploy step).

python -m services.topics [--delete]   reads the REGISTRY_ settings for Kafka's address, the
topic prefix and the layout (replicas, min.insync.replicas, partitions), like every service.
Exits non-zero naming each topic laid out more weakly than configured (shared/topics.py).
"""

import argparse
import asyncio
import sys

from services.complaints import events as complaints_events
from services.notifications import events as notifications_events
from services.referrals import events as referrals_events
from services.registry import events as registry_events
from services.registry.config import RegistrySettings
from shared.kafka import Topic, delete_topics
from shared.topics import check_topics, ensure_topics

# A consumer may declare a topic its producer does not declare yet: the first one wins.
ALL_TOPICS: list[Topic] = list(
    {
        t.name: t
        for t in reversed(
            [
                *registry_events.TOPICS,
                *complaints_events.TOPICS,
                *referrals_events.TOPICS,
                *notifications_events.TOPICS,
            ]
        )
    }.values()
)


async def _checked(settings: RegistrySettings, created: list[str]) -> list[str]:
    """Checks every topic. One just created may not be in the broker's metadata yet: while the
    check finds such a topic missing it is repeated, for up to 10 s."""
    for _ in range(20):
        found = await check_topics(settings, ALL_TOPICS)
        if not any(p.removesuffix(": missing") in created for p in found):
            break
        await asyncio.sleep(0.5)
    return found


def main() -> None:
    """Creates (or with --delete, deletes) the topics."""
    parser = argparse.ArgumentParser(prog="python -m services.topics")
    parser.add_argument("--delete", action="store_true", help="delete the topics instead")
    args = parser.parse_args()
    settings = RegistrySettings()
    if args.delete:
        asyncio.run(delete_topics(settings, [settings.topic(t.name) for t in ALL_TOPICS]))
        return
    created = asyncio.run(ensure_topics(settings, ALL_TOPICS))
    print(f"topics: {len(ALL_TOPICS)} declared, {len(created)} created")
    found = asyncio.run(_checked(settings, created))
    for problem in found:
        print(f"topics: {problem}", file=sys.stderr)
    if found:
        raise SystemExit(
            f"topics: {len(found)} problem(s): topics laid out more weakly than configured "
            '(docs/operations.md, "Kafka cluster")'
        )


if __name__ == "__main__":
    main()
