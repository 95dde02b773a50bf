"""Test configuration for the whole repository."""

import pytest

pytest_plugins = ["tests.support.stack"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Runs the fault tests (which stop the broker and kill processes) last but the fuzzing.

    Schemathesis comes after everything: as an administrator it adds calendar days and copy
    rules and changes departments, which the other tests' expectations do not include.
    """
    items.sort(
        key=lambda item: (
            item.get_closest_marker("schemathesis") is not None,
            item.get_closest_marker("faults") is not None,
        )
    )
