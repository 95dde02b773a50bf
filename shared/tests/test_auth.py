"""Token verification, without I/O."""

import time

import jwt
import pytest

from shared.auth import Role, decode_token, mint_token
from shared.errors import Unauthorized
from shared.settings import DEV_JWT_KEY, ServiceSettings

SETTINGS = ServiceSettings()


def test_minted_token_gives_department_and_roles() -> None:
    principal = decode_token(mint_token("SZ-AUDIT", ["officer", "admin"]), SETTINGS)
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
def test_bad_claims_are_unauthorized(claims: dict[str, object]) -> None:
    base = {
        "sub": "s",
        "dept": "SZ-AUDIT",
        "roles": ["officer"],
        "aud": "accountability",
        "iss": "accountability-dev",
        "exp": int(time.time()) + 60,
    }
    with pytest.raises(Unauthorized):
        decode_token(jwt.encode({**base, **claims}, DEV_JWT_KEY, algorithm="HS256"), SETTINGS)


def test_development_key_is_refused_in_production() -> None:
    with pytest.raises(ValueError, match="development JWT key"):
        ServiceSettings(environment="production")


def test_production_verifies_the_identity_providers_rs256_tokens() -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public_pem = (
        private.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    settings = ServiceSettings(
        environment="production", jwt_algorithm="RS256", jwt_key=public_pem, jwt_issuer="idp"
    )
    claims = {
        "sub": "u1",
        "dept": "SZ-LEGAL",
        "roles": ["officer"],
        "aud": "accountability",
        "iss": "idp",
        "exp": int(time.time()) + 60,
    }
    assert (
        decode_token(jwt.encode(claims, private, algorithm="RS256"), settings).department
        == "SZ-LEGAL"
    )
    forged = jwt.encode(claims, DEV_JWT_KEY, algorithm="HS256")
    with pytest.raises(Unauthorized):
        decode_token(forged, settings)
