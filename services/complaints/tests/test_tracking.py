"""Tracking codes, secrets and idempotency keys without I/O."""

import re

from services.complaints.complaints.tracking import (
    CODE_PREFIX,
    derived_secret,
    fingerprint,
    hash_secret,
    key_hash,
    new_secret,
    new_tracking_code,
    normalise_code,
    verify_secret,
)


def test_tracking_codes_are_random_and_readable_aloud() -> None:
    codes = {new_tracking_code() for _ in range(1000)}
    assert len(codes) == 1000
    for code in codes:
        assert re.fullmatch(CODE_PREFIX + r"[0-9A-HJKMNP-TV-Z]{12}", code)
    assert normalise_code(" ts-abc ") == "TS-ABC"


def test_only_a_salted_hash_of_the_secret_is_kept() -> None:
    secret = new_secret()
    stored = hash_secret(secret, 1000)
    assert secret not in stored
    assert hash_secret(secret, 1000) != stored  # salted
    assert verify_secret(secret, stored)
    assert not verify_secret(secret + "x", stored)
    assert not verify_secret(secret, "garbage")


def test_a_retried_submission_derives_the_same_secret_only_with_the_same_key() -> None:
    one = derived_secret("pepper", "public", "key-0123456789abcdef", "id-1")
    assert one == derived_secret("pepper", "public", "key-0123456789abcdef", "id-1")
    assert one != derived_secret("pepper", "public", "key-0123456789abcdeX", "id-1")
    assert one != derived_secret("other", "public", "key-0123456789abcdef", "id-1")
    assert one != derived_secret("pepper", "SZ-PETITION", "key-0123456789abcdef", "id-1")


def test_request_fingerprint_ignores_key_order_and_key_hash_is_stable() -> None:
    assert fingerprint({"a": 1, "b": "说"}) == fingerprint({"b": "说", "a": 1})
    assert fingerprint({"a": 1}) != fingerprint({"a": 2})
    assert key_hash("k") == key_hash("k") != key_hash("l")
