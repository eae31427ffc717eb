"""`make bench`: runs every benchmark script in bench/ and merges their JSON into bench/results.json.

`bench/run.py NAME ...` re-runs only those (bench_NAME.py) and keeps the others' last figures.

Each `bench/bench_<name>.py` writes `bench/<name>.json` and prints its own table. They run one
after another (never in parallel), so timings are measured on an otherwise idle machine.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def main() -> int:
    scripts = sorted(BENCH.glob("bench_*.py"))
    only = set(sys.argv[1:])
    results: dict = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "started": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "benchmarks": {},
    }
    merged = BENCH / "results.json"
    if only and merged.exists():  # a subset re-run keeps the other benchmarks' last figures
        results["benchmarks"] = json.loads(merged.read_text()).get("benchmarks", {})
    failed = []
    for script in scripts:
        name = script.stem.removeprefix("bench_")
        if only and name not in only:
            continue
        print(f"\n=== {name} ===", flush=True)
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, str(script)], cwd=BENCH.parent)
        out = BENCH / f"{name}.json"
        entry: dict = {"exit_code": proc.returncode, "wall_s": round(time.perf_counter() - t0, 1)}
        if proc.returncode == 0 and out.exists():
            entry["results"] = json.loads(out.read_text())
        else:
            failed.append(name)
        results["benchmarks"][name] = entry
    (BENCH / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwrote {BENCH / 'results.json'}" + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
