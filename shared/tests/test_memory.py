"""The malloc arena cap (shared/memory.py): a service's threads share two arenas, not 8/core."""

import os
import subprocess
import sys

# Eight threads allocate at once (zlib frees the GIL while it works), then glibc's own report
# counts the heaps: the main arena plus one per arena made.
WORKLOAD = """
import ctypes, os, re, sys, tempfile, threading, zlib
from shared.memory import cap_malloc_arenas
print(cap_malloc_arenas(int(sys.argv[1])))
data = os.urandom(1 << 20)
def work():
    for _ in range(10):
        zlib.compress(data, 1)
threads = [threading.Thread(target=work) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
libc = ctypes.CDLL("libc.so.6")
libc.fopen.restype = ctypes.c_void_p
with tempfile.NamedTemporaryFile() as f:
    fp = ctypes.c_void_p(libc.fopen(f.name.encode(), b"w"))
    libc.malloc_info(0, fp)
    libc.fclose(fp)
    print(len(re.findall("<heap nr=", open(f.name).read())))
"""


def _heaps(cap: int, **environ: str) -> tuple[str, int]:
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"} | environ
    out = subprocess.run(
        [sys.executable, "-c", WORKLOAD, str(cap)], capture_output=True, text=True, env=env
    )
    assert out.returncode == 0, out.stderr
    applied, heaps = out.stdout.split()
    return applied, int(heaps)


def test_a_capped_process_keeps_its_threads_in_two_arenas() -> None:
    assert _heaps(2) == ("True", 2)
    # Without the cap the same threads make arenas of their own: the cap is what holds it.
    applied, heaps = _heaps(0)
    assert applied == "False" and heaps > 2


def test_malloc_arena_max_in_the_environment_wins_over_the_setting() -> None:
    assert _heaps(2, MALLOC_ARENA_MAX="1") == ("False", 1)
