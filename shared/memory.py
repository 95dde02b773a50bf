"""glibc's malloc arenas: capped before a service process starts its threads.

glibc gives a thread that allocates while another holds the main arena an arena of its own,
up to eight per core, and keeps what each one grew to. The thread pool FastAPI runs
synchronous code in grows under load, and each of its threads can hold megabytes that no
other thread reuses (docs/performance.md, "Memory: what holds it"). Two arenas keep a
service's peak lower at no measured cost; `MALLOC_ARENA_MAX` in the environment, which glibc
reads itself, wins over the setting.
"""

import ctypes
import ctypes.util
import logging
import os

log = logging.getLogger(__name__)
M_ARENA_MAX = -8  # <malloc.h>


def cap_malloc_arenas(count: int) -> bool:
    """Caps the process's malloc arenas (0 keeps glibc's default); tells whether it applied.

    It must run before the threads it is meant for allocate: an arena, once made, stays.
    """
    if count <= 0 or "MALLOC_ARENA_MAX" in os.environ:
        return False
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name)
        applied = bool(libc.mallopt(M_ARENA_MAX, count))
    except (OSError, AttributeError, TypeError):  # not glibc (musl, macOS): nothing to cap
        return False
    if not applied:
        log.warning("mallopt(M_ARENA_MAX) refused", extra={"arenas": count})
    return applied
