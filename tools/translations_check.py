"""
How much of the admin speaks Vietnamese: per catalogue, translated / total strings users can
reach, and translations that would break at run time.

The admin's strings come from the installed packages' catalogues (Wagtail's apps, Django and
its contrib apps, taggit). Their Vietnamese lives in our own catalogues,
locale/admin/<package>/vi/LC_MESSAGES/<domain>.po (each one a LOCALE_PATHS entry, see
congdoan/settings/base.py). "Strings users can reach" are the msgids of the package's English
catalogue (<package>/locale/en/LC_MESSAGES/<domain>.po; Django's core strings:
django/conf/locale/en). A string counts as translated when our catalogue has a non-fuzzy entry
for it with every msgstr filled in.

The check fails (exit status 1) when
- a catalogue is below the required coverage (98 %), or missing;
- a translation loses or invents a placeholder (%(name)s, %s, %d, {name}, {0}, {}): compared
  with the msgid, or for plural entries with msgid_plural (every msgstr[i], msgstr[0]
  included, must carry msgid_plural's placeholders: Vietnamese has one plural form);
- a translation loses or adds an HTML tag (compared by tag and attribute names);
- a catalogue says it has more than one plural form, or cannot be read;
- a .po under locale/admin has no source catalogue in CATALOGUES (it would go unchecked).
It also warns (without failing) about msgids two catalogues translate differently: Django
merges the catalogues of a domain, so only one of the two translations is ever shown.

Usage: python tools/translations_check.py [--missing CATALOGUE] [--conflicts] [--threshold 0.98]
(`make translations-check`). congdoan/tests/test_admin_translations.py runs the same code.
"""

import argparse
import dataclasses
import importlib.util
import re
import sys
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
ADMIN_LOCALE = ROOT / "locale" / "admin"
LANGUAGE = "vi"
THRESHOLD = 0.98

# (package, domain) of every catalogue the admin shows. The package names the directory
# under locale/admin/ and, unless `source` says otherwise, where its English catalogue is.
CATALOGUES = [
    ("wagtail.admin", "django"),
    ("wagtail.admin", "djangojs"),
    ("wagtail", "django"),
    ("wagtail.images", "django"),
    ("wagtail.documents", "django"),
    ("wagtail.snippets", "django"),
    ("wagtail.users", "django"),
    ("wagtail.search", "django"),
    ("wagtail.sites", "django"),
    ("wagtail.embeds", "django"),
    ("wagtail.contrib.forms", "django"),
    ("wagtail.contrib.redirects", "django"),
    ("wagtail.contrib.settings", "django"),
    ("django", "django"),  # Django's core catalogue: forms, validators, dates, time since …
    ("django.contrib.auth", "django"),
    ("django.contrib.contenttypes", "django"),
    ("django.contrib.humanize", "django"),  # Wagtail's naturaltime ("3 giờ trước")
    ("taggit", "django"),  # the images' and documents' tag fields
]
# Where a package's English catalogue is, when not at <package>/locale.
SOURCE_LOCALE = {"django": ("django", "conf/locale")}

PYTHON_NAMED = re.compile(r"%\((\w+)\)[-#0+]?\d*(?:\.\d+)?[sdifr]")
PYTHON_POSITIONAL = re.compile(r"%%|%[-#0+]?\d*(?:\.\d+)?[sdifr]")
BRACE = re.compile(r"\{\{|\}\}|\{(\w*)\}")
HTML_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)((?:\s+[\w:.@-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*/?>")
HTML_ATTRIBUTE = re.compile(r"([\w:.@-]+)(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?")


@dataclasses.dataclass(frozen=True)
class Catalogue:
    """One source catalogue and the file holding our Vietnamese for it."""

    package: str
    domain: str
    source: Path
    target: Path

    @property
    def name(self):
        return self.package if self.domain == "django" else f"{self.package} ({self.domain})"


@dataclasses.dataclass
class Result:
    catalogue: Catalogue
    translated: int = 0
    total: int = 0
    missing: list = dataclasses.field(default_factory=list)
    problems: list = dataclasses.field(default_factory=list)

    @property
    def coverage(self):
        return self.translated / self.total if self.total else 1.0

    def passes(self, threshold):
        return not self.problems and self.coverage >= threshold


@dataclasses.dataclass
class Report:
    results: list
    unknown: list
    threshold: float
    conflicts: list = dataclasses.field(default_factory=list)

    @property
    def ok(self):
        return not self.unknown and all(result.passes(self.threshold) for result in self.results)


# Pure functions on messages ---------------------------------------------------------------


def strings_of(message):
    """A message's msgstr as a tuple (one item, or one per plural form)."""
    return tuple(message.string) if isinstance(message.string, (list, tuple)) else (message.string,)


def ids_of(message):
    return tuple(message.id) if isinstance(message.id, (list, tuple)) else (message.id,)


def key_of(message):
    """What identifies a message across catalogues: its (singular) msgid and its context."""
    return ids_of(message)[0], message.context


def is_translated(message):
    return not message.fuzzy and all(strings_of(message))


def placeholders(text):
    """
    The placeholders of a message, comparable between msgid and msgstr: named ones as a set
    (order is free, repeats are harmless), positional ones in order (%s, %d, {}), and "%%"
    only as a marker that % is literal here.
    """
    named = set(PYTHON_NAMED.findall(text))
    without_named = PYTHON_NAMED.sub("", text)
    positional = [token for token in PYTHON_POSITIONAL.findall(without_named) if token != "%%"]
    for match in BRACE.finditer(text):
        if match.group(0) in ("{{", "}}"):
            continue
        if match.group(1):  # {name}, and indexed {0}: order is free
            named.add(match.group(0))
        else:
            positional.append("{}")
    return {"named": named, "positional": positional}


def html_tags(text):
    """The HTML tags of a message, as (closing?, tag name, sorted attribute names), sorted."""
    tags = []
    for closing, name, attributes in HTML_TAG.findall(text):
        names = tuple(sorted(attribute.lower() for attribute in HTML_ATTRIBUTE.findall(attributes)))
        tags.append((closing, name.lower(), names))
    return sorted(tags)


def describe_placeholders(found):
    return ", ".join(sorted(found["named"]) + found["positional"]) or "none"


def message_problems(message):
    """What a translated message breaks: placeholders or HTML tags lost, added or changed."""
    if not message.id or not any(strings_of(message)):
        return []
    ids = ids_of(message)
    problems = []
    for index, translation in enumerate(strings_of(message)):
        if not translation:
            continue
        # Vietnamese has one plural form: every msgstr[i] stands for msgid_plural.
        source = ids[-1] if len(ids) > 1 else ids[0]
        expected, found = placeholders(source), placeholders(translation)
        if expected != found:
            where = f"msgstr[{index}]" if len(ids) > 1 else "msgstr"
            problems.append(
                f"{where} has placeholders {describe_placeholders(found)}; "
                f"the English has {describe_placeholders(expected)}"
            )
        if html_tags(source) != html_tags(translation):
            where = f"msgstr[{index}]" if len(ids) > 1 else "msgstr"
            problems.append(f"{where} changes the HTML tags of the English")
    return problems


def read_catalogue(path):
    with Path(path).open("rb") as po_file:
        return read_po(po_file, abort_invalid=True)


def source_keys(catalogue):
    """The keys of every message of a source catalogue (its header left out)."""
    return {key_of(message) for message in catalogue if message.id}


def check_catalogue(catalogue):
    """Coverage and problems of one of our catalogues against its English source."""
    result = Result(catalogue)
    try:
        source = source_keys(read_catalogue(catalogue.source))
    except FileNotFoundError:
        result.problems.append(f"no English source catalogue at {catalogue.source}")
        return result
    result.total = len(source)
    if not catalogue.target.exists():
        result.problems.append(f"missing: {display(catalogue.target)}")
        result.missing = sorted(source, key=str)
        return result
    try:
        ours = read_catalogue(catalogue.target)
    except Exception as error:  # noqa: BLE001 - any unreadable catalogue is reported, not raised
        result.problems.append(f"cannot be read: {error}")
        return result
    if ours.num_plurals != 1:
        result.problems.append(
            f"Plural-Forms has nplurals={ours.num_plurals}; Vietnamese has one: nplurals=1; plural=0;"
        )
    translated = set()
    for message in ours:
        if not message.id:
            continue
        if is_translated(message):
            translated.add(key_of(message))
        for problem in message_problems(message):
            result.problems.append(f"{ids_of(message)[0]!r}: {problem}")
    result.translated = len(source & translated)
    result.missing = sorted(source - translated, key=str)
    return result


def find_unknown(admin_locale, catalogues):
    """Our .po files under admin_locale that no catalogue of the map checks."""
    known = {catalogue.target.resolve() for catalogue in catalogues}
    return sorted(path for path in Path(admin_locale).glob("*/*/LC_MESSAGES/*.po") if path.resolve() not in known)


def find_conflicts(catalogues):
    """
    Messages that two of our catalogues of one domain translate differently. Django merges
    every catalogue of a domain into one, so users see one translation everywhere: the one
    of the first LOCALE_PATHS entry (the directories under locale/admin in name order).
    Returns [(domain, msgid, context, [(package, translation) …] with the winner first)].
    """
    translations = {}
    for catalogue in sorted(catalogues, key=lambda catalogue: catalogue.package):
        if not catalogue.target.exists():
            continue
        try:
            ours = read_catalogue(catalogue.target)
        except Exception:  # noqa: BLE001 - reported by check_catalogue
            continue
        for message in ours:
            if message.id and is_translated(message):
                key = (catalogue.domain, *key_of(message))
                translations.setdefault(key, []).append((catalogue.package, " | ".join(strings_of(message))))
    return [
        (*key, found)
        for key, found in sorted(translations.items(), key=str)
        if len({translation for _package, translation in found}) > 1
    ]


def run(catalogues=None, admin_locale=None, threshold=THRESHOLD):
    """Check `catalogues` (default: CATALOGUES as installed) and look for unchecked files."""
    catalogues = default_catalogues() if catalogues is None else catalogues
    admin_locale = ADMIN_LOCALE if admin_locale is None else admin_locale
    results = [check_catalogue(catalogue) for catalogue in catalogues]
    return Report(
        results=results,
        unknown=find_unknown(admin_locale, catalogues),
        threshold=threshold,
        conflicts=find_conflicts(catalogues),
    )


# The installed packages ------------------------------------------------------------------


def package_dir(package):
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise LookupError(f"{package} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def default_catalogues(admin_locale=None, language=LANGUAGE):
    admin_locale = ADMIN_LOCALE if admin_locale is None else admin_locale
    catalogues = []
    for package, domain in CATALOGUES:
        source_package, locale_dir = SOURCE_LOCALE.get(package, (package, "locale"))
        source = package_dir(source_package) / locale_dir / "en" / "LC_MESSAGES" / f"{domain}.po"
        target = Path(admin_locale) / package / language / "LC_MESSAGES" / f"{domain}.po"
        catalogues.append(Catalogue(package, domain, source, target))
    return catalogues


# Output ----------------------------------------------------------------------------------


def display(path):
    try:
        return str(Path(path).relative_to(ROOT))
    except ValueError:
        return str(path)


def format_conflict(conflict):
    _domain, msgid, context, found = conflict
    where = f"{msgid!r}" + (f" [context {context!r}]" if context else "")
    seen, others = found[0], found[1:]
    return f"{where}: users see {seen[1]!r} ({seen[0]}); also " + ", ".join(
        f"{translation!r} ({package})" for package, translation in others
    )


def format_report(report, show_problems=20, show_conflicts=0):
    width = max([len("catalogue")] + [len(result.catalogue.name) for result in report.results])
    lines = [f"{'catalogue':<{width}}  {'translated':>10}  {'total':>6}  {'%':>6}"]
    for result in report.results:
        verdict = "" if result.passes(report.threshold) else "  FAIL"
        if result.problems:
            verdict += f" ({len(result.problems)} problem{'s' if len(result.problems) != 1 else ''})"
        lines.append(
            f"{result.catalogue.name:<{width}}  {result.translated:>10}  {result.total:>6}  "
            f"{100 * result.coverage:>5.1f}%{verdict}"
        )
    translated = sum(result.translated for result in report.results)
    total = sum(result.total for result in report.results)
    lines.append(f"{'all':<{width}}  {translated:>10}  {total:>6}  {100 * translated / (total or 1):>5.1f}%")
    for result in report.results:
        for problem in result.problems[:show_problems]:
            lines.append(f"{result.catalogue.name}: {problem}")
        if len(result.problems) > show_problems:
            lines.append(f"{result.catalogue.name}: … and {len(result.problems) - show_problems} more problems")
    for path in report.unknown:
        lines.append(f"{display(path)}: no source catalogue in tools/translations_check.py CATALOGUES (unchecked)")
    if report.conflicts:
        lines.append(
            f"warning: {len(report.conflicts)} msgids are translated differently in two catalogues; "
            "Django shows one of them everywhere (--conflicts lists them)"
        )
        lines.extend(f"  {format_conflict(conflict)}" for conflict in report.conflicts[:show_conflicts])
    threshold = f"{100 * report.threshold:g} %"
    if report.ok:
        lines.append(f"OK: every catalogue at {threshold} or more, no broken placeholders.")
    else:
        lines.append(f"FAILED: needs {threshold} in every catalogue and no problems.")
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threshold", type=float, default=THRESHOLD, help="required share, default 0.98")
    parser.add_argument("--missing", metavar="CATALOGUE", help="list the untranslated msgids of one catalogue")
    parser.add_argument("--all-problems", action="store_true", help="list every problem, not the first 20")
    parser.add_argument("--conflicts", action="store_true", help="list the msgids two catalogues translate differently")
    args = parser.parse_args(argv)
    report = run(threshold=args.threshold)
    print(
        format_report(
            report,
            show_problems=10**9 if args.all_problems else 20,
            show_conflicts=10**9 if args.conflicts else 0,
        )
    )
    if args.missing:
        chosen = [
            result for result in report.results if args.missing in (result.catalogue.name, result.catalogue.package)
        ]
        for result in chosen:
            print(f"\nUntranslated in {result.catalogue.name} ({len(result.missing)}):")
            for msgid, context in result.missing:
                print(f"  {msgid!r}" + (f" [context {context!r}]" if context else ""))
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
