"""Open311 rules without I/O: the status mapping, the query's bounds, the form, the XML."""

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import xmltodict

from services.complaints.complaints.rules import Status
from services.complaints.open311 import xml
from services.complaints.open311.rules import (
    MAX_ROWS,
    Open311Status,
    Window,
    api_key_hash,
    comma_list,
    complaint_statuses,
    expected_datetime,
    new_api_key,
    open311_status,
    query_window,
    token_of,
)
from services.complaints.open311.service import complaint_of, read_form
from shared.errors import InvalidInput

NOW = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)
FORM = {
    "api_key": "o311_x",
    "service_code": "delay",
    "description": "窗口拖延办理。",
    "attribute[target_department]": "SZ-URBAN-MGMT",
    "attribute[event_date]": "2026-11-01T09:00:00+08:00",
}


def test_a_complaint_is_open_until_handled() -> None:
    assert [open311_status(s) for s in Status] == ["open", "open", "closed"]
    assert complaint_statuses({Open311Status.OPEN}) == {Status.RECEIVED, Status.ACKNOWLEDGED}
    assert complaint_statuses({Open311Status.CLOSED}) == {Status.HANDLED}


def test_the_query_defaults_to_the_last_90_days_and_refuses_more() -> None:
    assert query_window(None, None, NOW) == Window(NOW - timedelta(days=90), NOW)
    start = NOW - timedelta(days=10)
    assert query_window(start, None, NOW) == Window(start, start + timedelta(days=90))
    assert query_window(None, NOW, NOW) == Window(NOW - timedelta(days=90), NOW)
    assert query_window(NOW - timedelta(days=90), NOW, NOW) == Window(NOW - timedelta(days=90), NOW)
    assert "90 days" in str(query_window(NOW - timedelta(days=91), NOW, NOW))
    assert "after" in str(query_window(NOW, NOW - timedelta(seconds=1), NOW))
    assert MAX_ROWS == 1000


def test_expected_datetime_is_the_end_of_the_due_day_city_time() -> None:
    due = expected_datetime(date(2026, 12, 16))
    assert due.isoformat() == "2026-12-16T23:59:59+08:00"


def test_comma_lists_drop_blanks() -> None:
    assert comma_list(" delay, ,other,") == ["delay", "other"]
    assert comma_list(None) == []


def test_keys_are_random_and_tokens_are_derived() -> None:
    assert new_api_key() != new_api_key() and new_api_key().startswith("o311_")
    assert len(api_key_hash("k")) == 64
    assert token_of("pepper", "id-1") == token_of("pepper", "id-1") != token_of("pepper", "id-2")
    assert token_of("pepper", "id-1") != token_of("other", "id-1")


def test_the_form_maps_onto_the_intake() -> None:
    form = read_form({**FORM, "lat": "22.5", "long": "114.05", "phone": "", "last_name": "李"})
    complaint = complaint_of(form)
    assert complaint.event_date == date(2026, 11, 1)  # a datetime is read by its date
    assert complaint.category == "delay" and complaint.target_department == "SZ-URBAN-MGMT"
    assert complaint.complainant is not None and complaint.complainant.phone is None
    assert (form.lat, form.long) == ("22.5", "114.05")


def test_attributes_may_come_as_one_json_object() -> None:
    params: dict[str, Any] = {k: v for k, v in FORM.items() if not k.startswith("attribute[")}
    params["attribute"] = {"target_department": "SZ-URBAN-MGMT", "event_date": "2026-11-01"}
    assert read_form(params).target_department == "SZ-URBAN-MGMT"


@pytest.mark.parametrize(
    ("extra", "named"),
    [
        ({"lat": "22.5"}, "long"),
        ({"lat": "91", "long": "114"}, "lat"),
        ({"lat": "1e1", "long": "114"}, "lat"),
        ({"media_url": "ftp://x"}, "media_url"),
        ({"service_code": "gossip"}, "service_code"),
        ({"attribute[colour]": "red"}, "attribute[colour]"),
        ({"api_key": ""}, "api_key"),
        ({"description": 7}, "description"),
    ],
)
def test_bad_parameters_are_named(extra: dict[str, object], named: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        read_form({**FORM, **extra})
    assert refused.value.extensions["errors"][0]["loc"][-1] == named


def test_xml_has_the_specifications_element_names() -> None:
    document = [
        {
            "service_code": "delay",
            "metadata": True,
            "status_notes": None,
            "attributes": [{"code": "a", "values": [{"key": "k", "name": "名\x01"}]}],
        }
    ]
    rendered = xml.render("services", document)
    assert rendered.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    parsed = xmltodict.parse(rendered)["services"]["service"]
    assert parsed["metadata"] == "true" and parsed["status_notes"] is None
    assert parsed["attributes"]["attribute"]["values"]["value"] == {"key": "k", "name": "名"}
