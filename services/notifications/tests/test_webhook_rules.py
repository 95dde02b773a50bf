"""Webhook URL policy, Standard Webhooks secrets and signatures, retry schedule, without I/O.

Signatures are checked with the reference library's `Webhook(secret).verify`, as a receiver
would, and against an HMAC computed here from the specification.
"""

import base64
import hashlib
import hmac
import ipaddress
import time

import pytest
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from services.notifications.webhooks.rules import (
    SecretRefused,
    UrlRefused,
    address_allowed,
    backoff_delay,
    check_secret,
    dead_lettered,
    is_success,
    new_secret,
    parse_allowlist,
    signature_headers,
    standard_secret,
    url_host,
)


@pytest.mark.parametrize(
    "url",
    ["ftp://agency.example/hook", "file:///etc/passwd", "javascript:alert(1)", "http://", "x"],
)
def test_only_http_and_https_urls_are_accepted(url: str) -> None:
    with pytest.raises(UrlRefused):
        url_host(url)


def test_credentials_in_a_url_are_refused() -> None:
    with pytest.raises(UrlRefused):
        url_host("https://user:pw@agency.example/hook")
    assert url_host("HTTPS://agency.example:8443/hook?x=1") == "agency.example"


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "::1",
        "fd00::1",
        "0.0.0.0",
        "100.64.0.1",
        "::ffff:127.0.0.1",
        "224.0.0.1",
    ],
)
def test_internal_addresses_are_refused_by_default(address: str) -> None:
    assert not address_allowed(ipaddress.ip_address(address), allow_private=False)


def test_public_addresses_are_accepted_and_internal_ones_only_when_allowed() -> None:
    assert address_allowed(ipaddress.ip_address("8.8.8.8"), allow_private=False)
    loopback = ipaddress.ip_address("127.0.0.1")
    assert address_allowed(loopback, allow_private=True)
    assert address_allowed(loopback, False, parse_allowlist("127.0.0.1/32, 10.0.0.0/8"))
    assert not address_allowed(
        ipaddress.ip_address("10.9.9.9"), False, parse_allowlist("127.0.0.1")
    )


def _hmac(key: bytes, message_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{message_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def test_signature_follows_standard_webhooks() -> None:
    key = b"0123456789abcdef0123456789abcdef"
    secret = "whsec_" + base64.b64encode(key).decode()
    body = '{"type":"x","data":{"title":"转办"}}'.encode()
    headers = signature_headers(secret, "msg_1", 1700000000, body)
    assert headers["webhook-id"] == "msg_1"
    assert headers["webhook-timestamp"] == "1700000000"
    assert headers["webhook-signature"] == _hmac(key, "msg_1", 1700000000, body)


def test_a_receiver_verifies_a_delivery_with_the_reference_library() -> None:
    secret, body = new_secret(), b'{"type":"notifications.item.delivered.v1"}'
    headers = signature_headers(secret, "d-1", int(time.time()), body)
    assert Webhook(secret).verify(body, headers) == {"type": "notifications.item.delivered.v1"}


def test_a_tampered_body_another_secret_or_an_old_timestamp_fails_verification() -> None:
    secret, body = new_secret(), b'{"a":1}'
    assert secret.startswith("whsec_") and secret != new_secret()
    now = int(time.time())
    headers = signature_headers(secret, "d-1", now, body)
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(b'{"a":2}', headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(new_secret()).verify(body, headers)
    with pytest.raises(WebhookVerificationError):
        Webhook(secret).verify(body, {**headers, "webhook-id": "d-2"})
    old = signature_headers(secret, "d-1", now - 600, body)  # a replay ten minutes later
    with pytest.raises(WebhookVerificationError, match="too old"):
        Webhook(secret).verify(body, old)


def test_a_secret_from_before_the_whsec_form_keeps_its_signing_key() -> None:
    legacy = "change-me-to-a-long-random-secret"
    secret = standard_secret(legacy)
    assert secret.startswith("whsec_") and standard_secret(secret) == secret
    body = b"{}"
    signature = signature_headers(secret, "m", 1700000000, body)["webhook-signature"]
    assert signature == _hmac(legacy.encode(), "m", 1700000000, body)  # receivers unchanged
    assert check_secret(secret) == secret


@pytest.mark.parametrize(
    "secret",
    [
        "change-me-to-a-long-random-secret-of-forty",
        "whsec_not*base64*at*all*not*base64*at*all",
        "whsec_" + base64.b64encode(b"short").decode(),
        "whsec_" + base64.b64encode(bytes(65)).decode(),
    ],
)
def test_a_chosen_secret_must_be_in_the_whsec_form(secret: str) -> None:
    with pytest.raises(SecretRefused):
        check_secret(secret)


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    assert backoff_delay(1, 5, 3600, 0.0) == 2.5
    assert backoff_delay(1, 5, 3600, 0.999) < 5
    assert backoff_delay(3, 5, 3600, 0.0) == 10
    assert backoff_delay(30, 5, 3600, 0.0) == 1800  # capped at 3600, half by jitter floor


def test_delivered_on_2xx_dead_after_the_last_attempt() -> None:
    assert is_success(200) and is_success(204)
    assert not is_success(None) and not is_success(302) and not is_success(500)
    assert not dead_lettered(5, 6)
    assert dead_lettered(6, 6)
