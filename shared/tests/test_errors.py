from types import SimpleNamespace

import pytest

from shared.directory import caller_role, named_role
from shared.errors import Forbidden, InvalidInput, invalid_field


def test_invalid_field_names_where_and_the_path_inside() -> None:
    problem = invalid_field("bad sanctions", "persons", 2, "sanctions", kind="sanctions")
    assert problem.status == 422 and problem.detail == "bad sanctions"
    assert problem.extensions["errors"] == [
        {"loc": ["body", "persons", 2, "sanctions"], "msg": "bad sanctions", "type": "sanctions"}
    ]
    query = invalid_field("unknown district X", "district", where="query", msg="unknown")
    assert query.extensions["errors"][0]["loc"] == ["query", "district"]
    assert query.extensions["errors"][0]["msg"] == "unknown"


def test_a_caller_outside_the_active_directory_is_refused_with_403() -> None:
    active = SimpleNamespace(active=True, role="SUPERVISION")
    assert caller_role(active, "SZ-SUPERVISION") == "SUPERVISION"
    for entry in (None, SimpleNamespace(active=False, role="SUPERVISION")):
        with pytest.raises(Forbidden):
            caller_role(entry, "SZ-X")


def test_a_body_naming_an_inactive_department_is_a_422_on_that_field() -> None:
    with pytest.raises(InvalidInput) as raised:
        named_role(SimpleNamespace(active=False, role=None), "concerned_department", "SZ-X")
    assert raised.value.extensions["errors"][0]["loc"] == ["body", "concerned_department"]
    assert named_role(SimpleNamespace(active=True, role=None), "lead_unit", "SZ-Y") is None
