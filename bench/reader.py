"""
Speed of reading a member spreadsheet (not a test): rows per second of

1. calamine through congdoan.members.spreadsheets.reading (the archive gate,
   the area scan, then the rows as the checker gets them);
2. openpyxl's read-only mode on the same file (the baseline, in the same run);
3. the former hand-written XML reader (member_import._read_table of git
   revision --old, default main, loaded into a module of its own), if that
   revision still has it.

The file is the registry bench's generated 100,000-row member list, built
with the import template's writer (bench/registry.py import_file; cached in
bench/results/).

    .venv/bin/python bench/reader.py [--rows 100000] [--old main]
"""

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "congdoan.settings.test")


def timed(read, path):
    started = time.perf_counter()
    rows = read(path)
    return rows, time.perf_counter() - started


def through_our_reader(path):
    from congdoan.members.spreadsheets.reading import open_table

    with open_table(path, path.name) as table:
        return sum(1 for _row in table.rows) - 1  # without the header row


def through_openpyxl(path):
    from bench.registry import read_only_speed

    return read_only_speed(path)[0]


def former_reader(revision):
    """member_import._read_table as it was at ``revision`` (None if that revision has no hand-written reader)."""
    try:
        source = subprocess.run(
            ["git", "show", f"{revision}:congdoan/members/member_import.py"],
            cwd=ROOT, capture_output=True, check=True, text=True,
        ).stdout  # fmt: skip
    except subprocess.CalledProcessError:
        return None
    if "class _XlsxSheet" not in source:
        return None
    folder = Path(tempfile.mkdtemp())
    file = folder / "former_member_import.py"
    file.write_text(source)
    # A module of the members package, so that its relative imports resolve.
    spec = importlib.util.spec_from_file_location("congdoan.members.former_member_import", file)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)

    def read(path):
        with module._read_table(path, path.name) as table:
            return sum(1 for _row in table.rows) - 1

    return read


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--old", default="main", help="git revision holding the former hand-written reader")
    args = parser.parse_args()

    import django

    django.setup()
    from bench.registry import RESULTS_DIR, import_file

    RESULTS_DIR.mkdir(exist_ok=True)
    path, info = import_file(args.rows)
    if path is None:
        sys.exit(f"no member list to read: {info}")
    print(f"file: {path.name}, {path.stat().st_size / 2**20:.1f} MB, {args.rows:,} rows"
          + (f" (built in {info['build_seconds']:.0f} s)" if info.get("built") else " (cached)"))  # fmt: skip
    readers = [
        ("calamine via spreadsheets.reading", through_our_reader),
        ("openpyxl read-only (baseline)", through_openpyxl),
    ]
    former = former_reader(args.old)
    if former is None:
        print(f"former hand-written reader: not in revision {args.old}, skipped")
    else:
        readers.append((f"former hand-written reader ({args.old})", former))
    for name, read in readers:
        rows, seconds = timed(read, path)
        print(f"{name:45s} {rows:>8,} rows in {seconds:6.2f} s = {rows / seconds:>9,.0f} rows/s")


if __name__ == "__main__":
    main()
