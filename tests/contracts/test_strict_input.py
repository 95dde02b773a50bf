"""Every date and instant the services read is ISO 8601 only (shared IsoDate and Instant).

A request body is strict (StrictModel): a bare `date` there refuses every valid string, so a
mistake shows at once. A query, path or header parameter is read from text in lax mode, where
a bare `date` or `datetime` takes "0" as 1970: this test finds any such parameter.
"""

from collections.abc import Iterator
from datetime import date, datetime
from typing import Annotated, Any, get_args

import pytest
from fastapi._compat import ModelField
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, iter_route_contexts
from pydantic import AwareDatetime, NaiveDatetime

from shared.app import create_service_app
from shared.schemas import Instant, IsoDate
from tools.openapi import SPECS


def _lax_temporal(annotation: Any) -> bool:
    """Tells whether a type is or holds a date or datetime read in lax mode."""
    if annotation in (IsoDate, Instant):
        return False
    if annotation in (date, datetime, AwareDatetime, NaiveDatetime):
        return True
    return any(_lax_temporal(arg) for arg in get_args(annotation))


# A required path parameter reaches us unwrapped: the base type, IsoDate's markers as metadata.
ISO_METADATA = [list(get_args(t)[1:]) for t in (IsoDate, Instant)]


def _params(dependant: Dependant) -> Iterator[ModelField]:
    yield from (*dependant.query_params, *dependant.path_params, *dependant.header_params)
    for sub in dependant.dependencies:
        yield from _params(sub)


def test_the_check_finds_a_lax_date() -> None:
    assert _lax_temporal(date | None) and _lax_temporal(Annotated[datetime, "query"])
    assert not _lax_temporal(IsoDate | None) and not _lax_temporal(Instant)


@pytest.mark.parametrize("service", SPECS)
def test_query_path_and_header_dates_are_iso_8601_only(service: str) -> None:
    app = create_service_app(SPECS[service]())
    lax = [
        f"{context.path} {param.name}"
        for context in iter_route_contexts(app.routes)
        if isinstance(context.original_route, APIRoute)
        for param in _params(context.original_route.dependant)
        if _lax_temporal(param.field_info.annotation)
        and param.field_info.metadata not in ISO_METADATA
    ]
    assert lax == [], "use shared.schemas.IsoDate or Instant for these parameters"
