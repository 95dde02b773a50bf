"""Bearer JWT authentication: a principal with a department code and roles.

Tokens name their key (`kid`); the service verifies them with its key set (shared/keys.py:
the identity provider's JWKS by URL or file, and the static development key). Development
mints tokens with `make token`.
"""

import argparse
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, cast

import jwt
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

from shared.context import caller_token
from shared.errors import Unauthorized
from shared.keys import KeySet
from shared.settings import DEV_JWT_KEY, DEV_JWT_KEY_ID


class Role(StrEnum):
    """What a caller may do; which department it acts for is a separate claim."""

    OFFICER = "officer"  # staff or system of a department, acting for that department
    ADMIN = "admin"  # system administrator (rules, configuration)
    OPERATOR = "operator"  # watches the event flow


class Principal(BaseModel):
    """The authenticated caller."""

    subject: str
    department: str
    roles: frozenset[str]

    def has_any(self, roles: set[Role]) -> bool:
        """Tells whether the caller holds one of the roles."""
        return bool(self.roles & {r.value for r in roles})


_bearer = HTTPBearer(auto_error=False, description="A JWT with `dept` and `roles` claims")


async def decode_token(token: str, keys: KeySet) -> Principal:
    """Verifies a token's key, signature, expiry, audience and issuer; returns its principal.

    A caller sends the same token with every request: once verified, it is kept (by its
    string) until it expires, and honoured only while the key that verified it is still in
    the key set, so a retired key stops its tokens at once (`KeySet.verified`).
    """
    seen = keys.verified.get(token)
    if seen is not None:
        seen_kid, seen_key, expires, known = seen
        if time.time() < expires and await keys.find(seen_kid) is seen_key:
            return cast(Principal, known)
        keys.verified.pop(token, None)
    settings = keys.settings
    try:
        kid = jwt.get_unverified_header(token).get("kid")
        if kid is not None and not isinstance(kid, str):
            raise jwt.InvalidTokenError("kid must be a string")
        key = await keys.find(kid)
        if key is None:
            raise jwt.InvalidTokenError(f"no key {kid!r} in the key set")
        claims = jwt.decode(
            token,
            key.key,
            algorithms=[key.algorithm],  # the key's own: a token cannot choose another
            audience=settings.jwt_audience,
            issuer=settings.jwt_issuer,
            options={"require": ["exp", "sub", "aud", "iss"]},
        )
    except jwt.PyJWTError as exc:
        raise Unauthorized(f"invalid token: {exc}") from exc
    department, roles = claims.get("dept"), claims.get("roles", [])
    if not isinstance(department, str) or not department:
        raise Unauthorized("invalid token: no department claim")
    if not isinstance(roles, list) or not all(isinstance(r, str) for r in roles):
        raise Unauthorized("invalid token: roles must be a list of strings")
    principal = Principal(subject=claims["sub"], department=department, roles=frozenset(roles))
    keys.remember(token, (kid, key, float(claims["exp"]), principal))
    return principal


async def current_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """Gets the caller from the Authorization header, or answers 401."""
    if credentials is None:
        raise Unauthorized("a Bearer token is required")
    principal = await decode_token(credentials.credentials, request.app.state.keys)
    caller_token.set(credentials.credentials)
    return principal


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def mint_token(
    department: str,
    roles: list[str],
    subject: str | None = None,
    key: Any = DEV_JWT_KEY,
    ttl_s: int = 8 * 3600,
    audience: str = "accountability",
    issuer: str = "accountability-dev",
    kid: str = DEV_JWT_KEY_ID,
    algorithm: str = "HS256",
) -> str:
    """Mints a token (development and tests; production tokens come from the identity provider).

    By default it is signed with the development key (kid `dev`); during a rotation drill,
    pass the new private key, its kid and algorithm.
    """
    now = int(time.time())
    claims = {
        "sub": subject or f"{department.lower()}-officer",
        "dept": department,
        "roles": roles,
        "iat": now,
        "exp": now + ttl_s,
        "aud": audience,
        "iss": issuer,
    }
    return jwt.encode(claims, key, algorithm=algorithm, headers={"kid": kid})


def main() -> None:
    """Prints a development token: python -m shared.auth mint --department X --roles a,b."""
    parser = argparse.ArgumentParser(prog="python -m shared.auth")
    parser.add_argument("command", choices=["mint"])
    parser.add_argument("--department", required=True)
    parser.add_argument("--roles", default=Role.OFFICER.value)
    parser.add_argument("--ttl", type=int, default=8 * 3600)
    parser.add_argument("--private-key", help="a PEM file to sign with (rotation drills)")
    parser.add_argument("--kid", default=DEV_JWT_KEY_ID)
    parser.add_argument("--algorithm", default="HS256", choices=["HS256", "RS256", "ES256"])
    args = parser.parse_args()
    if not args.department:
        parser.error("--department is required (make token DEPT=SUPERVISION)")
    roles = [r for r in args.roles.split(",") if r]
    key = Path(args.private_key).read_text() if args.private_key else DEV_JWT_KEY
    print(
        mint_token(
            args.department, roles, ttl_s=args.ttl, key=key, kid=args.kid, algorithm=args.algorithm
        )
    )


if __name__ == "__main__":
    main()
