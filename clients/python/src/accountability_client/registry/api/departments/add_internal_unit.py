from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.department_read import DepartmentRead
from ...models.internal_unit_create import InternalUnitCreate
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    code: str,
    *,
    body: InternalUnitCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/departments/{code}/internal-units".format(code=quote(str(code), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DepartmentRead | Problem | None:
    if response.status_code == 201:
        response_201 = DepartmentRead.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DepartmentRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: InternalUnitCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[DepartmentRead | Problem]:
    """ Add Internal Unit

     Adds an internal unit to decompose tasks to (R3). Callers: officers of that department.

    Args:
        code (str):
        idempotency_key (None | str | Unset): Optional, 16-100 of `A-Za-z0-9_.:-` (a UUID will
            do). A retry with the same key and body gets the first answer (with `Idempotent-Replayed:
            true`); the same key with another body gets 422; while the first is still running, 409
            with Retry-After. A key is kept 7 days; a retry after that runs as a new request.
        body (InternalUnitCreate): An internal unit (内设机构) of the caller's department.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepartmentRead | Problem]
     """

    kwargs = _get_kwargs(
        code=code,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: InternalUnitCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> DepartmentRead | Problem | None:
    """ Add Internal Unit

     Adds an internal unit to decompose tasks to (R3). Callers: officers of that department.

    Args:
        code (str):
        idempotency_key (None | str | Unset): Optional, 16-100 of `A-Za-z0-9_.:-` (a UUID will
            do). A retry with the same key and body gets the first answer (with `Idempotent-Replayed:
            true`); the same key with another body gets 422; while the first is still running, 409
            with Retry-After. A key is kept 7 days; a retry after that runs as a new request.
        body (InternalUnitCreate): An internal unit (内设机构) of the caller's department.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepartmentRead | Problem
     """

    return sync_detailed(
        code=code,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: InternalUnitCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[DepartmentRead | Problem]:
    """ Add Internal Unit

     Adds an internal unit to decompose tasks to (R3). Callers: officers of that department.

    Args:
        code (str):
        idempotency_key (None | str | Unset): Optional, 16-100 of `A-Za-z0-9_.:-` (a UUID will
            do). A retry with the same key and body gets the first answer (with `Idempotent-Replayed:
            true`); the same key with another body gets 422; while the first is still running, 409
            with Retry-After. A key is kept 7 days; a retry after that runs as a new request.
        body (InternalUnitCreate): An internal unit (内设机构) of the caller's department.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepartmentRead | Problem]
     """

    kwargs = _get_kwargs(
        code=code,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: InternalUnitCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> DepartmentRead | Problem | None:
    """ Add Internal Unit

     Adds an internal unit to decompose tasks to (R3). Callers: officers of that department.

    Args:
        code (str):
        idempotency_key (None | str | Unset): Optional, 16-100 of `A-Za-z0-9_.:-` (a UUID will
            do). A retry with the same key and body gets the first answer (with `Idempotent-Replayed:
            true`); the same key with another body gets 422; while the first is still running, 409
            with Retry-After. A key is kept 7 days; a retry after that runs as a new request.
        body (InternalUnitCreate): An internal unit (内设机构) of the caller's department.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepartmentRead | Problem
     """

    return (await asyncio_detailed(
        code=code,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
