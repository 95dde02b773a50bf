"""Bearer JWT authentication: a principal with a department code and roles.

Production verifies tokens from the city's identity provider (set the key and algorithm in
the service's settings); development mints them with `make token`.
"""

import argparse
import time
from enum import StrEnum
from typing import Annotated

import jwt
from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

from shared.context import caller_token
from shared.errors import Unauthorized
from shared.settings import DEV_JWT_KEY, ServiceSettings


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


def decode_token(token: str, settings: ServiceSettings) -> Principal:
    """Verifies a token's signature, expiry, audience and issuer; returns its principal."""
    try:
        claims = jwt.decode(
            token,
            settings.jwt_key,
            algorithms=[settings.jwt_algorithm],
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
    return Principal(subject=claims["sub"], department=department, roles=frozenset(roles))


async def current_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal:
    """Gets the caller from the Authorization header, or answers 401."""
    if credentials is None:
        raise Unauthorized("a Bearer token is required")
    principal = decode_token(credentials.credentials, request.app.state.settings)
    caller_token.set(credentials.credentials)
    return principal


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def mint_token(
    department: str,
    roles: list[str],
    subject: str | None = None,
    key: str = DEV_JWT_KEY,
    ttl_s: int = 8 * 3600,
    audience: str = "accountability",
    issuer: str = "accountability-dev",
) -> str:
    """Mints a token (development and tests; production tokens come from the identity provider)."""
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
    return jwt.encode(claims, key, algorithm="HS256")


def main() -> None:
    """Prints a development token: python -m shared.auth mint --department X --roles a,b."""
    parser = argparse.ArgumentParser(prog="python -m shared.auth")
    parser.add_argument("command", choices=["mint"])
    parser.add_argument("--department", required=True)
    parser.add_argument("--roles", default=Role.OFFICER.value)
    parser.add_argument("--ttl", type=int, default=8 * 3600)
    args = parser.parse_args()
    if not args.department:
        parser.error("--department is required (make token DEPT=SUPERVISION)")
    roles = [r for r in args.roles.split(",") if r]
    print(mint_token(args.department, roles, ttl_s=args.ttl))


if __name__ == "__main__":
    main()
