"""Timing the collector's full passes (shared/heap.py): only generation 2 is measured."""

from prometheus_client import REGISTRY

from shared import heap


def _count() -> float:
    return REGISTRY.get_sample_value("python_gc_full_collection_seconds_count") or 0.0


def test_a_full_pass_is_timed_and_a_young_one_is_not() -> None:
    before = _count()
    heap._measure("start", {"generation": 0})
    heap._measure("stop", {"generation": 0})
    assert _count() == before
    heap._measure("start", {"generation": 2})
    heap._measure("stop", {"generation": 2})
    assert _count() == before + 1


def test_a_stop_without_its_start_is_not_timed() -> None:
    """A callback installed mid-pass sees its end only."""
    before = _count()
    heap._measure("stop", {"generation": 2})
    assert _count() == before
