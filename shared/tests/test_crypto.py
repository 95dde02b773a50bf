"""Sealed values: AES-GCM with the key id beside the value, bound to their column (no I/O)."""

import base64

import pytest

from shared.crypto import KeyRing, KeyRingError, kid_of, normalize_phone

K1 = base64.b64encode(b"1" * 32).decode()
K2 = base64.b64encode(b"2" * 32).decode()
OLD = KeyRing.from_settings({"k1": K1}, "k1", "search")
BOTH = KeyRing.from_settings({"k1": K1, "k2": K2}, "k2", "search")


def test_a_sealed_value_opens_under_a_ring_that_still_holds_its_key() -> None:
    sealed = OLD.seal("13800138000", "complainants.phone")
    assert "13800138000" not in sealed and kid_of(sealed) == "k1"
    assert BOTH.open(sealed, "complainants.phone") == "13800138000"
    assert kid_of(BOTH.seal("13800138000", "complainants.phone")) == "k2"


def test_a_value_edited_moved_or_without_its_key_does_not_open() -> None:
    sealed = OLD.seal("张三", "complainants.name")
    with pytest.raises(KeyRingError, match="fails authentication"):
        OLD.open(sealed, "complainants.address")  # copied into another column
    body = base64.b64decode(sealed.split(":", 2)[2])
    edited = "v1:k1:" + base64.b64encode(body[:-1] + bytes([body[-1] ^ 1])).decode()
    with pytest.raises(KeyRingError, match="fails authentication"):
        OLD.open(edited, "complainants.name")
    with pytest.raises(KeyRingError, match="no data key 'k2'"):
        OLD.open(BOTH.seal("x", "complainants.name"), "complainants.name")
    with pytest.raises(KeyRingError, match="not sealed"):
        OLD.open("张三", "complainants.name")


def test_a_ring_refuses_a_missing_current_key_and_short_keys() -> None:
    with pytest.raises(KeyRingError, match="not in the key ring"):
        KeyRing.from_settings({"k1": K1}, "k2", "s")
    with pytest.raises(KeyRingError, match="32 bytes"):
        KeyRing.from_settings({"k1": base64.b64encode(b"short").decode()}, "k1", "s")


def test_the_phone_search_hash_is_keyed_and_ignores_how_the_number_was_typed() -> None:
    assert normalize_phone("138-0013 8000") == normalize_phone("13800138000")
    other = KeyRing.from_settings({"k1": K1}, "k1", "another search key")
    assert OLD.search_hash("13800138000") != other.search_hash("13800138000")
    assert OLD.search_hash("13800138000") == BOTH.search_hash("13800138000")
