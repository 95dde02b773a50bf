"""The audit chain's canonical bytes, as the database completes them with the seq (no I/O)."""

import hashlib
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from shared.audit import GENESIS, around_seq, canonical, chain_hash

ENTRIES = [
    {
        "at": datetime(2026, 12, 2, 9, 30, tzinfo=timezone(timedelta(hours=8))),
        "department": "-",
        "subject": "public",
        "roles": [],
        "action": "complaint.received",
        "record_type": "complaint",
        "record_id": "0b7d5f5e-6d1c-4f7e-9d1a-1f2e3d4c5b6a",
        "detail": {"channel": "web_form", "handling_department": "SZ-URBAN-MGMT"},
    },
    {
        "at": datetime(2026, 1, 1, tzinfo=UTC),
        "department": "SZ-FINANCE",
        "subject": 'officer "甲", 财政局 }',
        "roles": ["officer", "admin"],
        "action": "report.filed",
        "record_type": "report",
        "record_id": "42",
        "detail": {"seq": 7, "subject": "x", "note": "挪用专项资金"},
    },
]


@pytest.mark.parametrize("entry", ENTRIES)
@pytest.mark.parametrize("seq", [1, 9, 10, 123456789012])
def test_the_bytes_around_the_seq_make_the_canonical_entry(entry: dict[str, Any], seq: int) -> None:
    before, after = around_seq(entry)

    assert before + str(seq).encode() + after == canonical({**entry, "seq": seq})


def test_a_hash_over_the_completed_bytes_is_the_chain_hash() -> None:
    entry = ENTRIES[1]
    before, after = around_seq(entry)

    completed = hashlib.sha256(bytes.fromhex(GENESIS) + before + b"1" + after).hexdigest()

    assert completed == chain_hash(GENESIS, {**entry, "seq": 1})
