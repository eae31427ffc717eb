"""`make demo`: analyses the bundled sample answers and prints the summary table."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console

from voiceprep.analyzer import Analyzer
from voiceprep.report.summary import analysis_table

SAMPLES = Path(__file__).resolve().parents[1] / "audio_samples"


def main() -> int:
    files = sorted(SAMPLES.glob("*.wav"))
    if not files:
        print(f"no samples in {SAMPLES}; run scripts/make_samples.py", file=sys.stderr)
        return 2
    console = Console()
    analyzer = Analyzer()
    rows = []
    with console.status("Analysing sample answers with the bundled tiny.en model…"):
        for f in files:
            rows.append((f.stem, analyzer.analyze_file(f)))
    console.print(analysis_table(rows, title=f"{len(rows)} sample answers in {SAMPLES.name}/"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
