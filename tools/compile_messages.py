"""
Compile every .po catalogue of the project into .mo files with Babel.

Catalogues live in any `locale` directory below the project, at any depth under it:
locale/vi/LC_MESSAGES/django.po (ours), congdoan/<app>/locale/vi/LC_MESSAGES/django.po,
and locale/admin/<package>/vi/LC_MESSAGES/{django,djangojs}.po (the admin's Vietnamese).

Django's compilemessages needs GNU gettext's msgfmt, which a fresh machine with
only Python does not have; Babel is pure Python. Like msgfmt, untranslated and fuzzy
entries are left out, so they fall back to the next catalogue instead of showing
English (Babel would write an untranslated plural entry with its English msgid).
Usage: python tools/compile_messages.py
"""

import pathlib
import sys

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = pathlib.Path(__file__).resolve().parent.parent
SKIPPED_DIRS = {"node_modules", "var", "test-artifacts"}


def find_catalogues(root=ROOT):
    """Every <…>/locale/…/LC_MESSAGES/*.po below root, outside hidden and generated directories."""
    found = []
    for path in root.glob("**/LC_MESSAGES/*.po"):
        parts = path.relative_to(root).parts
        if "locale" not in parts or any(part.startswith(".") or part in SKIPPED_DIRS for part in parts):
            continue
        found.append(path)
    return sorted(found)


def is_translated(message):
    strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
    return not message.fuzzy and all(strings)


def compile_catalogue(po_path):
    mo_path = po_path.with_suffix(".mo")
    if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
        return False
    with po_path.open("rb") as po_file:
        catalogue = read_po(po_file, abort_invalid=True)
    for message in list(catalogue):
        if message.id and not is_translated(message):
            catalogue.delete(message.id, context=message.context)
    with mo_path.open("wb") as mo_file:
        write_mo(mo_file, catalogue, use_fuzzy=False)
    return True


def main():
    catalogues = find_catalogues()
    compiled = [path for path in catalogues if compile_catalogue(path)]
    print(f"translations: {len(compiled)} compiled, {len(catalogues) - len(compiled)} up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
