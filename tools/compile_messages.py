"""
Compile every locale/**/*.po below the project into .mo files with Babel.

Django's compilemessages needs GNU gettext's msgfmt, which a fresh machine with
only Python does not have; Babel is pure Python. Usage: python tools/compile_messages.py
"""

import pathlib
import sys

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = pathlib.Path(__file__).resolve().parent.parent


def compile_catalogue(po_path):
    mo_path = po_path.with_suffix(".mo")
    if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
        return False
    with po_path.open("rb") as po_file:
        catalogue = read_po(po_file, abort_invalid=True)
    with mo_path.open("wb") as mo_file:
        write_mo(mo_file, catalogue, use_fuzzy=False)
    return True


def main():
    catalogues = sorted(path for path in ROOT.glob("**/locale/*/LC_MESSAGES/*.po") if ".venv" not in path.parts)
    compiled = [path for path in catalogues if compile_catalogue(path)]
    print(f"translations: {len(compiled)} compiled, {len(catalogues) - len(compiled)} up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
