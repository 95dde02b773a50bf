"""Signing keys rotate without rejecting a valid token: the four live services, one key set.

Every service of the stack reads the same JWKS file (tests/support/stack.py) as it would the
identity provider's; the test plays the provider: it publishes keys, signs with them, and
retires the old one, and after every step asks each service whether it accepts each token.
"""

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from shared.auth import mint_token
from tests.support.stack import ROOT, SERVICES, Stack, token

pytestmark = pytest.mark.stack
OLD_KID, NEW_KID = "idp-2026-11", "idp-2026-12"


def _key(kid: str) -> tuple[ec.EllipticCurvePrivateKey, dict[str, Any]]:
    private = ec.generate_private_key(ec.SECP256R1())
    public = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(private.public_key()))
    return private, {**public, "kid": kid, "alg": "ES256", "use": "sig"}


def _publish(path: Path, *keys: dict[str, Any]) -> None:
    # Replaced in one rename, as a config map or a deployment tool swaps the file.
    staged = path.with_suffix(".staged")
    staged.write_text(json.dumps({"keys": list(keys)}))
    os.replace(staged, path)


def _sign(private: ec.EllipticCurvePrivateKey, kid: str) -> dict[str, str]:
    minted = mint_token("SZ-FINANCE", ["operator"], key=private, kid=kid, algorithm="ES256")
    return {"Authorization": f"Bearer {minted}"}


def _sign_with_make_token(tmp: Path, private: ec.EllipticCurvePrivateKey, kid: str) -> str:
    pem = tmp / f"{kid}.pem"
    pem.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    command = [sys.executable, "-m", "shared.auth", "mint", "--department", "SZ-FINANCE"]
    command += ["--roles", "operator", "--private-key", str(pem), "--kid", kid]
    command += ["--algorithm", "ES256"]
    return subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT).stdout


async def _answers(http: httpx.AsyncClient, stack: Stack, headers: dict[str, str]) -> set[int]:
    statuses = set()
    for service in SERVICES:
        response = await http.get(stack.url(service) + "/metrics", headers=headers)
        statuses.add(response.status_code)
    return statuses


async def test_adding_switching_and_retiring_a_signing_key_rejects_no_valid_token(
    stack: Stack, http: httpx.AsyncClient, tmp_path: Path
) -> None:
    old, old_jwk = _key(OLD_KID)
    new, new_jwk = _key(NEW_KID)
    development = token("SZ-FINANCE", "operator")
    try:
        _publish(stack.jwks_file, old_jwk)
        issued_before = _sign(old, OLD_KID)
        assert await _answers(http, stack, issued_before) == {200}
        assert await _answers(http, stack, _sign(new, NEW_KID)) == {401}  # not published yet

        # 1. The provider publishes the new key beside the old one; it still signs with the old.
        _publish(stack.jwks_file, old_jwk, new_jwk)
        assert await _answers(http, stack, issued_before) == {200}
        assert await _answers(http, stack, _sign(new, NEW_KID)) == {200}

        # 2. The issuer switches to the new key (here `make token` with the new private key).
        minted = _sign_with_make_token(tmp_path, new, NEW_KID).strip()
        issued_after = {"Authorization": f"Bearer {minted}"}
        assert await _answers(http, stack, issued_after) == {200}
        assert await _answers(http, stack, issued_before) == {200}  # still within its exp

        # 3. Past the longest token lifetime, the old key is retired.
        _publish(stack.jwks_file, new_jwk)
        assert await _answers(http, stack, issued_after) == {200}
        assert await _answers(http, stack, issued_before) == {401}
        # The development key (kid "dev", static) was accepted throughout.
        assert await _answers(http, stack, development) == {200}
    finally:
        _publish(stack.jwks_file)
