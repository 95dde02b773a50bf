from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.create_request_data_request_form import CreateRequestDataRequestForm
from ...models.create_request_json_request_form import CreateRequestJsonRequestForm
from ...models.problem import Problem
from ...models.request_created import RequestCreated
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    *,
    body:    CreateRequestDataRequestForm  |     CreateRequestJsonRequestForm  | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open311/v2/requests.json",
    }

    if isinstance(body, CreateRequestDataRequestForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if isinstance(body, CreateRequestJsonRequestForm):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[RequestCreated] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in (_response_201):
            response_201_item = RequestCreated.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[RequestCreated]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body:    CreateRequestDataRequestForm  |     CreateRequestJsonRequestForm  | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[Problem | list[RequestCreated]]:
    """ Create Request

     Files a complaint as an Open311 service request. Callers: anyone (rate-limited).

    Args:
        idempotency_key (None | str | Unset): 16-100 characters (a UUID): a retried POST returns
            the same complaint
        body (CreateRequestDataRequestForm): A POSTed service request: GeoReport v2 parameters;
            others (lat, long, email...) are ignored.

            Documents the body; the endpoint maps it onto ComplaintCreate, whose rules apply.
        body (CreateRequestJsonRequestForm): A POSTed service request: GeoReport v2 parameters;
            others (lat, long, email...) are ignored.

            Documents the body; the endpoint maps it onto ComplaintCreate, whose rules apply.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[RequestCreated]]
     """

    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    body:    CreateRequestDataRequestForm  |     CreateRequestJsonRequestForm  | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Problem | list[RequestCreated] | None:
    """ Create Request

     Files a complaint as an Open311 service request. Callers: anyone (rate-limited).

    Args:
        idempotency_key (None | str | Unset): 16-100 characters (a UUID): a retried POST returns
            the same complaint
        body (CreateRequestDataRequestForm): A POSTed service request: GeoReport v2 parameters;
            others (lat, long, email...) are ignored.

            Documents the body; the endpoint maps it onto ComplaintCreate, whose rules apply.
        body (CreateRequestJsonRequestForm): A POSTed service request: GeoReport v2 parameters;
            others (lat, long, email...) are ignored.

            Documents the body; the endpoint maps it onto ComplaintCreate, whose rules apply.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[RequestCreated]
     """

    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body:    CreateRequestDataRequestForm  |     CreateRequestJsonRequestForm  | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[Problem | list[RequestCreated]]:
    """ Create Request

     Files a complaint as an Open311 service request. Callers: anyone (rate-limited).

    Args:
        idempotency_key (None | str | Unset): 16-100 characters (a UUID): a retried POST returns
            the same complaint
        body (CreateRequestDataRequestForm): A POSTed service request: GeoReport v2 parameters;
            others (lat, long, email...) are ignored.

            Documents the body; the endpoint maps it onto ComplaintCreate, whose rules apply.
        body (CreateRequestJsonRequestForm): A POSTed service request: GeoReport v2 parameters;
            others (lat, long, email...) are ignored.

            Documents the body; the endpoint maps it onto ComplaintCreate, whose rules apply.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[RequestCreated]]
     """

    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body:    CreateRequestDataRequestForm  |     CreateRequestJsonRequestForm  | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Problem | list[RequestCreated] | None:
    """ Create Request

     Files a complaint as an Open311 service request. Callers: anyone (rate-limited).

    Args:
        idempotency_key (None | str | Unset): 16-100 characters (a UUID): a retried POST returns
            the same complaint
        body (CreateRequestDataRequestForm): A POSTed service request: GeoReport v2 parameters;
            others (lat, long, email...) are ignored.

            Documents the body; the endpoint maps it onto ComplaintCreate, whose rules apply.
        body (CreateRequestJsonRequestForm): A POSTed service request: GeoReport v2 parameters;
            others (lat, long, email...) are ignored.

            Documents the body; the endpoint maps it onto ComplaintCreate, whose rules apply.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[RequestCreated]
     """

    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
