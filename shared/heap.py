"""The garbage collector's full passes: what a process holds from its start is kept out of them.

A service process holds some 170,000 objects from its start on: modules, classes, FastAPI's
routes and models, SQLAlchemy's tables and mappers, pydantic's validators. CPython's full
collection walks every one of them, under load about every 5 s, and each pass stopped the
event loop: 60–107 ms in the complaints API reading lists at 1,000,000 rows (2026-12-04),
and every request of that moment waited, which set the lists' p99. `gc.freeze()`, once the
process has started, moves them to the permanent generation that no collection walks; what
is created later is collected as before (docs/performance.md, "2026-12-04, evening").

`/metrics` shows each full pass's pause (`python_gc_full_collection_seconds`) and how many
objects were frozen (`python_gc_frozen_objects`).
"""

import gc
import time
from typing import Any

from prometheus_client import Gauge, Histogram

FULL_COLLECTION = Histogram(
    "python_gc_full_collection_seconds",
    "Time the process stopped for a full garbage collection (generation 2)",
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5),
)
FROZEN = Gauge("python_gc_frozen_objects", "Objects kept out of the collector's passes")
_started: list[float] = []  # perf_counter() of the full pass under way


def _measure(phase: str, info: dict[str, Any]) -> None:
    if info["generation"] != 2:
        return
    if phase == "start":
        _started[:] = [time.perf_counter()]
    elif _started:
        FULL_COLLECTION.observe(time.perf_counter() - _started.pop())


def freeze_startup() -> None:
    """Keeps every object alive now out of later collections, and times the full passes."""
    gc.collect()  # what startup left as garbage is freed, not frozen
    gc.freeze()
    FROZEN.set(gc.get_freeze_count())
    if _measure not in gc.callbacks:
        gc.callbacks.append(_measure)
