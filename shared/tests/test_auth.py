"""Token verification by kid against the key set: static key, JWKS file, JWKS URL."""

import base64
import hashlib
import hmac
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from shared.auth import Role, decode_token, mint_token
from shared.errors import Unauthorized
from shared.keys import KeySet
from shared.settings import DEV_JWT_KEY, ServiceSettings

SETTINGS = ServiceSettings()
PRODUCTION: dict[str, Any] = {
    "environment": "production",
    "data_keys": {"k1": "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="},
    "data_key_id": "k1",
    "data_search_key": "a-production-search-key",
}
CLAIMS = {"sub": "u1", "dept": "SZ-LEGAL", "roles": ["officer"], "aud": "accountability"}


def _claims(issuer: str = "accountability-dev") -> dict[str, Any]:
    return {**CLAIMS, "iss": issuer, "exp": int(time.time()) + 60}


def _es256() -> tuple[ec.EllipticCurvePrivateKey, dict[str, Any]]:
    private = ec.generate_private_key(ec.SECP256R1())
    return private, json.loads(jwt.algorithms.ECAlgorithm.to_jwk(private.public_key()))


async def test_minted_token_gives_department_and_roles() -> None:
    principal = await decode_token(mint_token("SZ-AUDIT", ["officer", "admin"]), KeySet(SETTINGS))
    assert principal.department == "SZ-AUDIT"
    assert principal.has_any({Role.ADMIN})
    assert not principal.has_any({Role.OPERATOR})


@pytest.mark.parametrize(
    "claims",
    [
        {"exp": int(time.time()) - 1},
        {"aud": "other"},
        {"iss": "someone"},
        {"dept": ""},
        {"roles": "officer"},
    ],
)
async def test_bad_claims_are_unauthorized(claims: dict[str, object]) -> None:
    token = jwt.encode({**_claims(), "dept": "SZ-AUDIT", **claims}, DEV_JWT_KEY, algorithm="HS256")
    with pytest.raises(Unauthorized):
        await decode_token(token, KeySet(SETTINGS))


async def test_a_verified_token_is_not_decoded_again_until_it_expires(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keys, token = KeySet(SETTINGS), mint_token("SZ-AUDIT", ["officer"], ttl_s=60)
    first = await decode_token(token, keys)
    decoded: list[str] = []

    def expired(token: str, *_: Any, **__: Any) -> None:
        decoded.append(token)
        raise jwt.ExpiredSignatureError("Signature has expired")

    monkeypatch.setattr(jwt, "decode", expired)

    assert await decode_token(token, keys) is first
    assert decoded == []
    expiry = time.time() + 61
    monkeypatch.setattr(time, "time", lambda: expiry)
    with pytest.raises(Unauthorized, match="expired"):
        await decode_token(token, keys)
    assert decoded == [token]


class SealingSettings(ServiceSettings):
    """The settings of a service with sealed columns (complaints, notifications)."""

    seals_data: ClassVar[bool] = True


def test_development_keys_are_refused_in_production() -> None:
    with pytest.raises(ValueError, match="development JWT key"):
        ServiceSettings(environment="production")
    assert ServiceSettings(environment="production", jwt_key="")  # it seals nothing
    with pytest.raises(ValueError, match="development data key"):
        SealingSettings(environment="production", jwt_key="")
    with pytest.raises(ValueError, match="development search key"):
        SealingSettings(**PRODUCTION | {"jwt_key": "", "data_search_key": SETTINGS.data_search_key})


async def test_production_verifies_the_identity_providers_static_rs256_key() -> None:
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public_pem = (
        private.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    settings = ServiceSettings(
        **PRODUCTION, jwt_algorithm="RS256", jwt_key=public_pem, jwt_issuer="idp"
    )
    keys = KeySet(settings)
    # A token without kid is checked against the static key (tokens from before kids).
    assert (await decode_token(jwt.encode(_claims("idp"), private, "RS256"), keys)).subject == "u1"
    with pytest.raises(Unauthorized):
        await decode_token(jwt.encode(_claims("idp"), DEV_JWT_KEY, algorithm="HS256"), keys)


async def test_a_token_cannot_choose_another_algorithm_than_its_keys(tmp_path: Path) -> None:
    private, public = _es256()
    path = tmp_path / "jwks.json"
    path.write_text(json.dumps({"keys": [{**public, "kid": "k1", "alg": "ES256"}]}))
    keys = KeySet(ServiceSettings(jwt_jwks_file=str(path)))
    assert await decode_token(jwt.encode(_claims(), private, "ES256", headers={"kid": "k1"}), keys)
    with pytest.raises(Unauthorized, match="no key 'k9'"):
        await decode_token(jwt.encode(_claims(), private, "ES256", headers={"kid": "k9"}), keys)
    # HS256 signed with the public key's bytes under kid k1 (the classic confusion) fails.
    forged = _hs256_by_hand(json.dumps(public).encode(), {"alg": "HS256", "kid": "k1"}, _claims())
    with pytest.raises(Unauthorized):
        await decode_token(forged, keys)


def _hs256_by_hand(secret: bytes, header: dict[str, Any], claims: dict[str, Any]) -> str:
    # PyJWT refuses to sign with a JWK as an HMAC secret; an attacker would not.
    def part(value: bytes) -> str:
        return base64.urlsafe_b64encode(value).decode().rstrip("=")

    signed = f"{part(json.dumps(header).encode())}.{part(json.dumps(claims).encode())}"
    return f"{signed}.{part(hmac.new(secret, signed.encode(), hashlib.sha256).digest())}"


async def test_a_jwks_file_is_read_again_when_it_changes(tmp_path: Path) -> None:
    old, old_public = _es256()
    new, new_public = _es256()
    path = tmp_path / "jwks.json"
    path.write_text(json.dumps({"keys": [{**old_public, "kid": "old"}]}))
    keys = KeySet(ServiceSettings(jwt_jwks_file=str(path), jwt_key=""))
    old_token = jwt.encode(_claims(), old, "ES256", headers={"kid": "old"})
    new_token = jwt.encode(_claims(), new, "ES256", headers={"kid": "new"})
    assert await decode_token(old_token, keys)
    path.write_text(
        json.dumps({"keys": [{**old_public, "kid": "old"}, {**new_public, "kid": "new"}]})
    )
    assert await decode_token(old_token, keys) and await decode_token(new_token, keys)
    path.write_text(json.dumps({"keys": [{**new_public, "kid": "new"}]}))
    assert await decode_token(new_token, keys)
    with pytest.raises(Unauthorized):
        await decode_token(old_token, keys)
    # With the static key set to "", the development token has no key any more.
    with pytest.raises(Unauthorized):
        await decode_token(mint_token("SZ-AUDIT", ["officer"]), keys)


@pytest.fixture
def jwks_server() -> Iterator[tuple[str, dict[str, Any]]]:
    """A real HTTP server publishing a JWKS document the test changes (the identity provider)."""
    document: dict[str, Any] = {"keys": []}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = json.dumps(document).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/.well-known/jwks.json", document
    server.shutdown()


async def test_an_unknown_kid_fetches_the_providers_jwks_again(
    jwks_server: tuple[str, dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, document = jwks_server
    old, old_public = _es256()
    new, new_public = _es256()
    document["keys"] = [{**old_public, "kid": "old"}]
    keys = KeySet(ServiceSettings(jwt_jwks_url=url, jwt_key="", jwt_jwks_refresh_s=3600))
    assert await decode_token(jwt.encode(_claims(), old, "ES256", headers={"kid": "old"}), keys)
    document["keys"] = [{**old_public, "kid": "old"}, {**new_public, "kid": "new"}]
    monkeypatch.setattr("shared.keys.MIN_REFETCH_S", 0.0)  # no 10 s wait in a unit test
    assert await decode_token(jwt.encode(_claims(), new, "ES256", headers={"kid": "new"}), keys)
