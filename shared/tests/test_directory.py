"""The directory copy's consumers: the directory in a group of its own (no I/O)."""

from sqlalchemy import MetaData

from shared.consumer import NotYet
from shared.directory import (
    DEPARTMENT_EVENT_TYPES,
    DEPARTMENTS_TOPIC,
    DepartmentDirectory,
    NotInDirectoryYet,
    department_copy_table,
)


async def _handler(*_: object) -> None:
    return None


def test_the_directory_is_read_by_a_group_of_its_own_that_dead_letters_into_the_services() -> None:
    directory = DepartmentDirectory(department_copy_table(MetaData()))
    own, rest = directory.consumers(
        "complaints", [DEPARTMENTS_TOPIC, "registry.tasks"], {"x.v1": _handler}
    )
    assert (own.group, own.topics, own.dead_letter_group) == (
        "complaints-directory",
        [DEPARTMENTS_TOPIC],
        "complaints",
    )
    assert set(own.handlers) == set(DEPARTMENT_EVENT_TYPES)
    assert (rest.group, rest.topics, set(rest.handlers)) == (
        "complaints",
        ["registry.tasks"],
        {"x.v1"},
    )


def test_a_service_reading_only_the_directory_has_one_group() -> None:
    directory = DepartmentDirectory(department_copy_table(MetaData()))
    (only,) = directory.consumers("complaints", [DEPARTMENTS_TOPIC], {})
    assert only.group == "complaints-directory"


def test_a_department_not_copied_yet_is_a_wait_not_a_failure() -> None:
    waiting = NotInDirectoryYet("department SZ-NEW")
    assert isinstance(waiting, NotYet)
    assert (waiting.reason, waiting.detail) == ("not_in_directory", "department SZ-NEW")
