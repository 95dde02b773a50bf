from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.problem import Problem
from ...models.read_requests_format import check_read_requests_format
from ...models.read_requests_format import ReadRequestsFormat
from ...models.service_request import ServiceRequest
from ...types import UNSET, Unset
from typing import cast
import datetime


def _get_kwargs(
    format_: ReadRequestsFormat,
    *,
    jurisdiction_id: None | str | Unset = UNSET,
    service_request_id: None | str | Unset = UNSET,
    service_code: None | str | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    x_complaint_secret: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_complaint_secret, Unset):
        headers["X-Complaint-Secret"] = x_complaint_secret

    params: dict[str, Any] = {}

    json_jurisdiction_id: None | str | Unset
    if isinstance(jurisdiction_id, Unset):
        json_jurisdiction_id = UNSET
    else:
        json_jurisdiction_id = jurisdiction_id
    params["jurisdiction_id"] = json_jurisdiction_id

    json_service_request_id: None | str | Unset
    if isinstance(service_request_id, Unset):
        json_service_request_id = UNSET
    else:
        json_service_request_id = service_request_id
    params["service_request_id"] = json_service_request_id

    json_service_code: None | str | Unset
    if isinstance(service_code, Unset):
        json_service_code = UNSET
    else:
        json_service_code = service_code
    params["service_code"] = json_service_code

    json_start_date: None | str | Unset
    if isinstance(start_date, Unset):
        json_start_date = UNSET
    elif isinstance(start_date, datetime.datetime):
        json_start_date = start_date.isoformat()
    else:
        json_start_date = start_date
    params["start_date"] = json_start_date

    json_end_date: None | str | Unset
    if isinstance(end_date, Unset):
        json_end_date = UNSET
    elif isinstance(end_date, datetime.datetime):
        json_end_date = end_date.isoformat()
    else:
        json_end_date = end_date
    params["end_date"] = json_end_date

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open311/v2/requests.{format_}".format(format_=quote(str(format_), safe=""),),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[Error] | list[ServiceRequest] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = ServiceRequest.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = []
        _response_400 = response.json()
        for componentsschemas_error_list_item_data in (_response_400):
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_400.append(componentsschemas_error_list_item)

        return response_400

    if response.status_code == 404:
        response_404 = []
        _response_404 = response.json()
        for componentsschemas_error_list_item_data in (_response_404):
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_404.append(componentsschemas_error_list_item)

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = []
        _response_429 = response.json()
        for componentsschemas_error_list_item_data in (_response_429):
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_429.append(componentsschemas_error_list_item)

        return response_429

    if response.status_code == 503:
        response_503 = []
        _response_503 = response.json()
        for componentsschemas_error_list_item_data in (_response_503):
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_503.append(componentsschemas_error_list_item)

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[Error] | list[ServiceRequest]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    format_: ReadRequestsFormat,
    *,
    client: AuthenticatedClient | Client,
    jurisdiction_id: None | str | Unset = UNSET,
    service_request_id: None | str | Unset = UNSET,
    service_code: None | str | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    x_complaint_secret: None | str | Unset = UNSET,

) -> Response[Problem | list[Error] | list[ServiceRequest]]:
    """ Read Requests

     Lists requests: by ids with their secret, else the last 90 days (1,000 at most).

    Callers: anyone. Without ids the list shows public fields only: no address, picture or
    status notes, never the description (docs/complaints.md).

    Args:
        format_ (ReadRequestsFormat):
        jurisdiction_id (None | str | Unset): This city's; other values answer 404
        service_request_id (None | str | Unset): Comma-delimited ids: those whose secret is sent
            (the others are left out); overrides every other parameter
        service_code (None | str | Unset): Comma-delimited service codes
        start_date (datetime.datetime | None | Unset): W3C datetime
        end_date (datetime.datetime | None | Unset): W3C datetime
        status (None | str | Unset): open, closed or both
        x_complaint_secret (None | str | Unset): The request's tracking_secret; without it the
            request is not found

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Error] | list[ServiceRequest]]
     """

    kwargs = _get_kwargs(
        format_=format_,
jurisdiction_id=jurisdiction_id,
service_request_id=service_request_id,
service_code=service_code,
start_date=start_date,
end_date=end_date,
status=status,
x_complaint_secret=x_complaint_secret,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    format_: ReadRequestsFormat,
    *,
    client: AuthenticatedClient | Client,
    jurisdiction_id: None | str | Unset = UNSET,
    service_request_id: None | str | Unset = UNSET,
    service_code: None | str | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    x_complaint_secret: None | str | Unset = UNSET,

) -> Problem | list[Error] | list[ServiceRequest] | None:
    """ Read Requests

     Lists requests: by ids with their secret, else the last 90 days (1,000 at most).

    Callers: anyone. Without ids the list shows public fields only: no address, picture or
    status notes, never the description (docs/complaints.md).

    Args:
        format_ (ReadRequestsFormat):
        jurisdiction_id (None | str | Unset): This city's; other values answer 404
        service_request_id (None | str | Unset): Comma-delimited ids: those whose secret is sent
            (the others are left out); overrides every other parameter
        service_code (None | str | Unset): Comma-delimited service codes
        start_date (datetime.datetime | None | Unset): W3C datetime
        end_date (datetime.datetime | None | Unset): W3C datetime
        status (None | str | Unset): open, closed or both
        x_complaint_secret (None | str | Unset): The request's tracking_secret; without it the
            request is not found

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Error] | list[ServiceRequest]
     """

    return sync_detailed(
        format_=format_,
client=client,
jurisdiction_id=jurisdiction_id,
service_request_id=service_request_id,
service_code=service_code,
start_date=start_date,
end_date=end_date,
status=status,
x_complaint_secret=x_complaint_secret,

    ).parsed

async def asyncio_detailed(
    format_: ReadRequestsFormat,
    *,
    client: AuthenticatedClient | Client,
    jurisdiction_id: None | str | Unset = UNSET,
    service_request_id: None | str | Unset = UNSET,
    service_code: None | str | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    x_complaint_secret: None | str | Unset = UNSET,

) -> Response[Problem | list[Error] | list[ServiceRequest]]:
    """ Read Requests

     Lists requests: by ids with their secret, else the last 90 days (1,000 at most).

    Callers: anyone. Without ids the list shows public fields only: no address, picture or
    status notes, never the description (docs/complaints.md).

    Args:
        format_ (ReadRequestsFormat):
        jurisdiction_id (None | str | Unset): This city's; other values answer 404
        service_request_id (None | str | Unset): Comma-delimited ids: those whose secret is sent
            (the others are left out); overrides every other parameter
        service_code (None | str | Unset): Comma-delimited service codes
        start_date (datetime.datetime | None | Unset): W3C datetime
        end_date (datetime.datetime | None | Unset): W3C datetime
        status (None | str | Unset): open, closed or both
        x_complaint_secret (None | str | Unset): The request's tracking_secret; without it the
            request is not found

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Error] | list[ServiceRequest]]
     """

    kwargs = _get_kwargs(
        format_=format_,
jurisdiction_id=jurisdiction_id,
service_request_id=service_request_id,
service_code=service_code,
start_date=start_date,
end_date=end_date,
status=status,
x_complaint_secret=x_complaint_secret,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    format_: ReadRequestsFormat,
    *,
    client: AuthenticatedClient | Client,
    jurisdiction_id: None | str | Unset = UNSET,
    service_request_id: None | str | Unset = UNSET,
    service_code: None | str | Unset = UNSET,
    start_date: datetime.datetime | None | Unset = UNSET,
    end_date: datetime.datetime | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    x_complaint_secret: None | str | Unset = UNSET,

) -> Problem | list[Error] | list[ServiceRequest] | None:
    """ Read Requests

     Lists requests: by ids with their secret, else the last 90 days (1,000 at most).

    Callers: anyone. Without ids the list shows public fields only: no address, picture or
    status notes, never the description (docs/complaints.md).

    Args:
        format_ (ReadRequestsFormat):
        jurisdiction_id (None | str | Unset): This city's; other values answer 404
        service_request_id (None | str | Unset): Comma-delimited ids: those whose secret is sent
            (the others are left out); overrides every other parameter
        service_code (None | str | Unset): Comma-delimited service codes
        start_date (datetime.datetime | None | Unset): W3C datetime
        end_date (datetime.datetime | None | Unset): W3C datetime
        status (None | str | Unset): open, closed or both
        x_complaint_secret (None | str | Unset): The request's tracking_secret; without it the
            request is not found

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Error] | list[ServiceRequest]
     """

    return (await asyncio_detailed(
        format_=format_,
client=client,
jurisdiction_id=jurisdiction_id,
service_request_id=service_request_id,
service_code=service_code,
start_date=start_date,
end_date=end_date,
status=status,
x_complaint_secret=x_complaint_secret,

    )).parsed
