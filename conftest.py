"""Test configuration for the whole repository."""

import pytest

pytest_plugins = ["tests.support.stack"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Runs the fault tests (which stop the broker and kill processes) last."""
    items.sort(key=lambda item: item.get_closest_marker("faults") is not None)
