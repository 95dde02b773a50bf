"""Who may call a route: one policy declared on the route, enforced by its dependency.

A policy (`Access`) names the roles a token needs (or none: public) and a condition on the
caller's department. The dependency built by `authorize` enforces what the request alone
decides (roles, the department's functional role in the directory, a path parameter); a
condition on the resource (the task's lead unit, the case's referrer…) stays undecided there
and the service enforces it once it has loaded the resource. The OpenAPI documents show the
policy as `x-access`, docs/authorization.md tabulates it, and the authorization matrix test
reads it from every route and checks both halves against live requests.
"""

from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request
from fastapi.routing import APIRoute
from sqlalchemy.ext.asyncio import AsyncSession

from shared.auth import CurrentPrincipal, Principal, Role
from shared.db import SessionDep
from shared.errors import Forbidden

Verdict = bool | None  # None: the request alone cannot tell; the resource decides
# "path" → the path parameters; a relation → its department codes; a body field → its value
Facts = Mapping[str, Any]
# Gets a department's directory entry (anything with `.role` and `.active`), or None.
DepartmentLookup = Callable[[AsyncSession, str], Awaitable[Any]]


@dataclass(frozen=True)
class Caller:
    """What a condition knows about the caller's department."""

    department: str
    role: str | None  # its functional role (SUPERVISION…), None without one or when not listed
    listed: bool  # an active department of the directory


class Condition(ABC):
    """A rule on the caller's department; `decide` answers True, False or None (undecided)."""

    needs_directory = False  # the dependency must look the caller up to decide it

    @abstractmethod
    def decide(self, caller: Caller, facts: Facts) -> Verdict:
        """Decides with the facts known so far (a missing fact leaves it undecided)."""

    @abstractmethod
    def describe(self) -> str:
        """Says the rule in a sentence fragment for people."""

    @abstractmethod
    def document(self) -> dict[str, Any]:
        """Gets the rule as JSON (the `x-access` extension of the OpenAPI documents)."""


@dataclass(frozen=True)
class Listed(Condition):
    """The caller's department is an active department of the directory."""

    needs_directory = True

    def decide(self, caller: Caller, facts: Facts) -> Verdict:
        return caller.listed

    def describe(self) -> str:
        return "any department of the directory"

    def document(self) -> dict[str, Any]:
        return {"listed": True}


@dataclass(frozen=True)
class HasRole(Condition):
    """The caller's department holds one of these functional roles in the directory."""

    roles: frozenset[str]
    needs_directory = True

    def decide(self, caller: Caller, facts: Facts) -> Verdict:
        return caller.listed and caller.role in self.roles

    def describe(self) -> str:
        return " or ".join(sorted(self.roles))

    def document(self) -> dict[str, Any]:
        return {"functional_role": sorted(self.roles)}


def has_role(*roles: str) -> HasRole:
    """Builds the condition that the caller's department holds one of the functional roles."""
    return HasRole(frozenset(roles))


@dataclass(frozen=True)
class PathIs(Condition):
    """A path parameter names the caller's own department."""

    parameter: str

    def decide(self, caller: Caller, facts: Facts) -> Verdict:
        path = facts.get("path")
        return None if path is None else path.get(self.parameter) == caller.department

    def describe(self) -> str:
        return f"the department named by {{{self.parameter}}} itself"

    def document(self) -> dict[str, Any]:
        return {"path_is_own_department": self.parameter}


@dataclass(frozen=True)
class Holds(Condition):
    """The caller's department stands in a relation to the resource (its lead unit…)."""

    relation: str

    def decide(self, caller: Caller, facts: Facts) -> Verdict:
        holders = facts.get(self.relation)
        return None if holders is None else caller.department in holders

    def describe(self) -> str:
        return self.relation

    def document(self) -> dict[str, Any]:
        return {"relation": self.relation}


@dataclass(frozen=True)
class When(Condition):
    """A fact about the resource holds (the case is decided…)."""

    fact: str

    def decide(self, caller: Caller, facts: Facts) -> Verdict:
        value = facts.get(self.fact)
        return None if value is None else bool(value)

    def describe(self) -> str:
        return self.fact

    def document(self) -> dict[str, Any]:
        return {"when": self.fact}


@dataclass(frozen=True)
class Case(Condition):
    """A field of the request body chooses the rule (a report's kind → who files it)."""

    key: str
    cases: Mapping[str, Condition]

    # The body is not among the request's facts when the dependency decides, so a Case
    # never needs the directory there: the service decides it once it has the body.
    needs_directory = False

    def decide(self, caller: Caller, facts: Facts) -> Verdict:
        if self.key not in facts:
            return None
        rule = self.cases.get(str(facts[self.key]))
        return False if rule is None else rule.decide(caller, facts)

    def describe(self) -> str:
        values: dict[str, list[str]] = {}
        for value, rule in self.cases.items():
            values.setdefault(rule.describe(), []).append(value)
        parts = [f"{self.key} {', '.join(v)}: {rule}" for rule, v in values.items()]
        return f"by {self.key} ({'; '.join(parts)}; any other {self.key}: nobody)"

    def document(self) -> dict[str, Any]:
        return {"by": self.key, "cases": {k: v.document() for k, v in self.cases.items()}}


@dataclass(frozen=True)
class AnyOf(Condition):
    """One of the conditions holds."""

    conditions: tuple[Condition, ...]

    @property
    def needs_directory(self) -> bool:  # type: ignore[override]
        return any(c.needs_directory for c in self.conditions)

    def decide(self, caller: Caller, facts: Facts) -> Verdict:
        verdicts = [c.decide(caller, facts) for c in self.conditions]
        return True if True in verdicts else (None if None in verdicts else False)

    def describe(self) -> str:
        return " or ".join(_part(c) for c in self.conditions) or "nobody"

    def document(self) -> dict[str, Any]:
        return {"any_of": [c.document() for c in self.conditions]}


@dataclass(frozen=True)
class AllOf(Condition):
    """Every condition holds."""

    conditions: tuple[Condition, ...]

    @property
    def needs_directory(self) -> bool:  # type: ignore[override]
        return any(c.needs_directory for c in self.conditions)

    def decide(self, caller: Caller, facts: Facts) -> Verdict:
        verdicts = [c.decide(caller, facts) for c in self.conditions]
        return False if False in verdicts else (None if None in verdicts else True)

    def describe(self) -> str:
        return " and ".join(_part(c) for c in self.conditions)

    def document(self) -> dict[str, Any]:
        return {"all_of": [c.document() for c in self.conditions]}


def _part(condition: Condition) -> str:
    """Describes a condition inside another, in parentheses when it is compound."""
    text = condition.describe()
    return f"({text})" if isinstance(condition, AnyOf | AllOf) else text


def any_of(*conditions: Condition) -> AnyOf:
    """Builds the condition that one of the conditions holds."""
    return AnyOf(conditions)


def all_of(*conditions: Condition) -> AllOf:
    """Builds the condition that every condition holds."""
    return AllOf(conditions)


@dataclass(frozen=True)
class Access:
    """A route's policy: public, or a token with one of `roles` (any role when empty)."""

    roles: frozenset[str] = frozenset()
    condition: Condition | None = None
    public: bool = False
    note: str = field(default="", compare=False)  # what people should know beyond the rule

    def decide(self, principal: Principal | None, caller: Caller | None, facts: Facts) -> Verdict:
        """Decides for a caller (None: no token) with the facts known so far."""
        if self.public:
            return True
        if principal is None:
            return False
        if self.roles and not principal.roles & self.roles:
            return False
        if self.condition is None:
            return True
        assert caller is not None, "a condition needs the caller's department"
        return self.condition.decide(caller, facts)

    def who(self) -> str:
        """Says who may call, e.g. `officer: SUPERVISION or the case's referring department`."""
        if self.public:
            return "anyone, no token"
        roles = " or ".join(sorted(self.roles)) if self.roles else "any valid token"
        return roles + (f": {self.condition.describe()}" if self.condition else "")

    def document(self) -> dict[str, Any]:
        """Gets the policy as the `x-access` extension of an OpenAPI operation."""
        doc: dict[str, Any] = {"public": self.public}
        if not self.public:
            doc["roles"] = sorted(self.roles)
        if self.condition is not None:
            doc["condition"] = self.condition.document()
        doc["summary"] = self.who() + (f" ({self.note})" if self.note else "")
        return doc


class Authorize:
    """The dependency that enforces a policy; routes declare it and tests read `.access`."""

    def __init__(self, access: Access) -> None:
        self.access = access

    async def __call__(
        self, request: Request, principal: CurrentPrincipal, session: SessionDep
    ) -> Principal:
        access, caller = self.access, None
        if access.condition is not None:
            caller = Caller(principal.department, None, False)
            if access.condition.needs_directory:
                caller = await caller_of(request, session, principal.department)
        verdict = access.decide(principal, caller, {"path": request.path_params})
        if verdict is False:
            raise Forbidden(f"this action is for {access.who()}")
        return principal


class Public:
    """The dependency of a public route: no token; it states the policy for the tests."""

    def __init__(self, note: str = "") -> None:
        self.access = Access(public=True, note=note)

    async def __call__(self) -> None:
        return None


PUBLIC = Public()


async def caller_of(request: Request, session: AsyncSession, department: str) -> Caller:
    """Looks the caller's department up in the service's directory."""
    lookup: DepartmentLookup = request.app.state.departments
    entry = await lookup(session, department)
    listed = entry is not None and bool(entry.active)
    return Caller(department, entry.role if listed else None, listed)


def authorize(*roles: Role, condition: Condition | None = None, note: str = "") -> Authorize:
    """Builds the dependency of a policy: one of the roles, then the condition."""
    return Authorize(Access(frozenset(r.value for r in roles), condition, note=note))


def route_access(route: APIRoute) -> Access | None:
    """Finds the policy a route declares through its dependencies (None when it declares none)."""
    found: list[Access] = []
    pending = list(route.dependant.dependencies)
    while pending:
        dependant = pending.pop()
        if isinstance(dependant.call, Authorize | Public):
            found.append(dependant.call.access)
        pending.extend(dependant.dependencies)
    if len(found) > 1:
        raise RuntimeError(f"{route.path} declares {len(found)} access policies; keep one")
    return found[0] if found else None
