"""Webhook URL policy, signatures and retry schedule, without I/O."""

import base64
import hashlib
import hmac
import ipaddress

import pytest

from services.notifications.webhooks.rules import (
    UrlRefused,
    address_allowed,
    backoff_delay,
    dead_lettered,
    is_success,
    new_secret,
    parse_allowlist,
    sign,
    signature_headers,
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


def test_signature_follows_standard_webhooks() -> None:
    key = b"0123456789abcdef0123456789abcdef"
    secret = "whsec_" + base64.b64encode(key).decode()
    body = b'{"type":"x"}'
    expected = base64.b64encode(
        hmac.new(key, b"msg_1.1700000000." + body, hashlib.sha256).digest()
    ).decode()
    assert sign(secret, "msg_1", 1700000000, body) == f"v1,{expected}"
    headers = signature_headers(secret, "msg_1", 1700000000, body)
    assert headers["webhook-id"] == "msg_1"
    assert headers["webhook-timestamp"] == "1700000000"
    assert headers["webhook-signature"] == f"v1,{expected}"


def test_a_tampered_body_or_another_secret_changes_the_signature() -> None:
    secret = new_secret()
    assert secret.startswith("whsec_") and secret != new_secret()
    signature = sign(secret, "m", 1, b"{}")
    assert sign(secret, "m", 1, b"{ }") != signature
    assert sign(new_secret(), "m", 1, b"{}") != signature
    assert sign(secret, "m", 2, b"{}") != signature


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
