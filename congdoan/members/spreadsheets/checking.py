"""
Checking a member spreadsheet (.xlsx, .xls, .ods or .csv) before an import.

Every row is checked before anything is written: one bad row and nothing is
imported, and every problem is reported as (row as numbered in the
spreadsheet, column header, value, reason).

    preview(organisation=…, file=…, filename=…, user=…)     → Preview
    check_file(organisation=…, file=…, filename=…, user=…)  → Checked (what importing.import_members saves)

``file`` is a path or a binary file object; ``progress(done_rows, total_rows)``
is called now and then while the rows are checked (``total_rows`` is an
estimate until the end).

Reading (and its limits on size, area and time) is reading.py's.

Speed: workbooks are read by calamine (Rust); rows are checked against
lookup tables built once; the database is asked once per chunk of card
numbers and citizen IDs.
"""

import contextlib
import datetime
import re
import unicodedata
from dataclasses import asdict, dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from congdoan.accounts.scoping import scope_of
from congdoan.unions.levels import MEMBER_HOLDING_LEVELS
from congdoan.unions.models import Organisation
from congdoan.vietnamese import citizen_id_error, normalize_citizen_id

from .. import identity_clashes
from ..models import CITIZEN_ID_MESSAGES
from .columns import (
    CARD,
    CHOICE,
    CITIZEN_ID,
    COLUMNS,
    COLUMNS_BY_KEY,
    DATE,
    EMAIL,
    EXAMPLE,
    EXAMPLE_KEYS,
    FULL_NAME_HEADERS,
    PHONE,
    UNIT,
    UNIT_KEY,
    header_lookup,
    match_key,
    value_lookup,
)
from .reading import Unreadable, open_table

MAX_ROWS = 200_000
PREVIEW_ROWS = 10
# How many rows to check between two calls of ``progress``.
PROGRESS_EVERY = 2_000
EARLIEST_DATE = datetime.date(1900, 1, 1)


@dataclass(frozen=True)
class RowError:
    """A problem: row as numbered in the spreadsheet (None: the whole file), column header, value, reason."""

    row: int | None
    column: str
    value: str
    reason: str

    def as_dict(self):
        return asdict(self)

    @classmethod
    def from_dict(cls, data):
        return cls(
            row=data.get("row"), column=data.get("column", ""), value=data.get("value", ""), reason=data["reason"]
        )


@dataclass
class Preview:
    """What an import would do: the rows as read, their count, and every problem."""

    total_rows: int = 0
    errors: list = field(default_factory=list)  # [RowError]
    headers: list = field(default_factory=list)  # the recognised columns, as the file names them
    rows: list = field(default_factory=list)  # the first rows, as display text, one list per row
    row_numbers: list = field(default_factory=list)
    skipped_example_row: int | None = None
    # Rows whose unit cell is blank: their members go to the union itself, which the user must see.
    unitless_rows: int = 0

    @property
    def ok(self):
        return not self.errors and self.total_rows > 0

    def as_dict(self):
        return {
            "total_rows": self.total_rows,
            "headers": self.headers,
            "rows": self.rows,
            "row_numbers": self.row_numbers,
            "skipped_example_row": self.skipped_example_row,
            "unitless_rows": self.unitless_rows,
        }


class FileProblem(Exception):
    """The file as a whole cannot be used; ``errors`` say why, for the user."""

    def __init__(self, reason=None, *, value="", errors=None):
        self.errors = errors or [RowError(None, "", value, reason)]
        super().__init__(self.errors[0].reason)


class _Invalid(Exception):
    """A cell's value is not acceptable (raised by the converters, with the reason)."""


# ---------------------------------------------------------------------------
# The service


def preview(*, organisation, file, filename, user, progress=None, limit=PREVIEW_ROWS):
    """Read and check the whole file without writing anything; the first ``limit`` rows are kept for display."""
    try:
        checked = check_file(
            organisation=organisation, file=file, filename=filename, user=user, progress=progress, keep=limit
        )
    except FileProblem as problem:
        return Preview(errors=problem.errors)
    return Preview(
        total_rows=checked.total,
        errors=checked.errors,
        headers=checked.headers,
        rows=checked.preview_rows,
        row_numbers=checked.preview_row_numbers,
        skipped_example_row=checked.skipped_example_row,
        unitless_rows=checked.unitless_rows,
    )


def check_file(*, organisation, file, filename, user, progress=None, keep=0):
    """
    Read and check every row of ``file`` (the first ``keep`` rows are kept for
    display); FileProblem if the file as a whole cannot be used.
    """
    with _read_table(file, filename) as table:
        return _Checker(organisation, user).check(table, progress, keep=keep)


# ---------------------------------------------------------------------------
# Checking


@dataclass
class Checked:
    """The outcome of reading and checking a file."""

    keys: list  # the Member fields of each record's values, in order
    headers: list  # the headers of the file's columns that are read
    records: list = field(default_factory=list)  # [(row number, organisation id, [values])]
    errors: list = field(default_factory=list)  # [RowError], in spreadsheet order
    total: int = 0
    preview_rows: list = field(default_factory=list)
    preview_row_numbers: list = field(default_factory=list)
    skipped_example_row: int | None = None
    unitless_rows: int = 0


class _Checker:
    """Reads a table of rows, checks every cell and row, and collects the records and the problems."""

    def __init__(self, organisation, user):
        self.organisation = organisation
        self.user = user
        self.sees_sensitive_data = True
        self._units_by_id = {}
        if user is not None:
            scope = scope_of(user)
            if not scope.covers(organisation) or not scope.manages_members:
                raise PermissionDenied
            self.sees_sensitive_data = scope.sees_sensitive_data

    def check(self, table, progress=None, keep=0):
        header_number, positions = self._find_header(table)
        present = [column for _position, column in positions]
        self._require_columns(header_number, present)
        self.present = present
        converters = [self._converter(column) for column in present]
        indexes = [position for position, _column in positions]
        width = max(indexes) + 1
        position_of = {column.key: i for i, column in enumerate(present)}
        self.unit_at = position_of.get(UNIT_KEY)
        self.default_organisation_id = self.organisation.pk if self._holds_members(self.organisation) else None
        is_example = self._example_matcher(position_of)
        cross_checks = self._cross_checks(position_of)
        duplicates = [
            _Duplicates(position_of["card_number"], _("The same card number is in row %(row)d.")),
            _Duplicates(position_of.get("citizen_id"), _("The same citizen ID is in row %(row)d.")),
        ]
        checked = Checked(
            keys=[column.key for column in present if column.key != UNIT_KEY], headers=[c.header for c in present]
        )
        errors = self.errors = []  # (row, column position, RowError), sorted at the end
        count = 0
        for row_number, values in table.rows:
            if len(values) < width:
                values = (*values, *(None,) * (width - len(values)))
            cells = [values[index] for index in indexes]
            if cells.count(None) + cells.count("") == len(cells):
                continue  # an empty row
            count += 1
            if count > MAX_ROWS:
                raise FileProblem(
                    _("The file has more than %(count)d rows: split it into several files.") % {"count": MAX_ROWS}
                )
            converted, bad = [], ()
            for position, (convert, raw) in enumerate(zip(converters, cells)):
                try:
                    converted.append(convert(raw))
                except _Invalid as problem:
                    converted.append(None)
                    bad = (*bad, position)
                    self._error(row_number, position, _shown(raw), str(problem))
            if is_example is not None and is_example(converted):
                checked.skipped_example_row = row_number
                errors[:] = [error for error in errors if error[0] != row_number]
                count -= 1
                continue
            for position, reason in cross_checks(converted, bad):
                self._error(row_number, position, _shown(cells[position]), reason)
            for duplicate in duplicates:
                duplicate.add(self, row_number, converted)
            unitless = self.unit_at is not None and converted[self.unit_at] is None and self.unit_at not in bad
            organisation_id = self._organisation_of(row_number, converted, bad)
            if unitless and organisation_id is not None:
                checked.unitless_rows += 1
            if count <= keep:
                checked.preview_rows.append(self._preview_row(converted, organisation_id, cells))
                checked.preview_row_numbers.append(row_number)
            checked.records.append((row_number, organisation_id, converted))
            if progress and count % PROGRESS_EVERY == 0:
                progress(count, max(table.estimated_rows or 0, count))
        checked.total = count
        outside = []
        for duplicate, field_name in zip(duplicates, ("card_number", "citizen_id")):
            outside += duplicate.check_registry(self, field_name)
        self._report_outside_clashes(outside)
        errors.sort(key=lambda item: (item[0] or 0, item[1]))
        checked.errors = [error for _row, _position, error in errors]
        if progress:
            progress(count, count)
        return checked

    def _error(self, row_number, position, value, reason):
        self.errors.append((row_number, position, RowError(row_number, self.present[position].header, value, reason)))

    def _report_outside_clashes(self, outside):
        """
        Numbers taken by members outside the user's scope: each row named with
        one neutral message, or, past the user's daily budget, one error for the
        whole file (see identity_clashes).
        """
        if not outside:
            return
        if identity_clashes.may_point_out(self.user, [(field_name, value) for field_name, value, _row, _at in outside]):
            for field_name, value, row_number, position in outside:
                self._error(row_number, position, value, identity_clashes.outside_message(field_name))
        else:
            self.errors.append((None, 0, RowError(None, "", "", identity_clashes.too_many_message())))

    def _organisation_of(self, row_number, converted, bad):
        """The id of the union a row's member goes to (the unit's value leaves ``converted``)."""
        if self.unit_at is None:
            return self.default_organisation_id  # never None: see _require_columns
        unit = converted.pop(self.unit_at)
        organisation_id = unit.pk if unit is not None else self.default_organisation_id
        if organisation_id is None and self.unit_at not in bad:
            reason = _("Name the unit this member belongs to: %(union)s itself holds no members.") % {
                "union": self.organisation
            }
            self._error(row_number, self.unit_at, "", reason)
        return organisation_id

    def _preview_row(self, converted, organisation_id, cells):
        values = list(converted)
        if self.unit_at is None:
            return [_display(column, value, raw) for column, value, raw in zip(self.present, values, cells)]
        blank_unit = organisation_id is not None and _text(cells[self.unit_at]) == ""
        values.insert(self.unit_at, self._units_by_id.get(organisation_id))
        shown = [_display(column, value, raw) for column, value, raw in zip(self.present, values, cells)]
        if blank_unit:
            # Said in words, so that a unit left blank (or lost in a merged cell) is seen before confirming.
            shown[self.unit_at] = _("(not given: goes to %(union)s itself)") % {"union": self.organisation}
        return shown

    # The header row and the columns

    def _find_header(self, table):
        """The first row (among the first ten that are not empty) holding known headers."""
        lookup = header_lookup()
        seen = 0
        for row_number, values in table.rows:
            texts = [str(value).strip() if value is not None else "" for value in values]
            if not any(texts):
                continue
            matches = [lookup.get(match_key(text), False) for text in texts]
            if sum(1 for found in matches if found) >= 2:
                return row_number, self._header_positions(row_number, texts, matches)
            seen += 1
            if seen >= 10:
                break
        if seen == 0:
            raise FileProblem(_("The file is empty."))
        raise FileProblem(
            _("No row of column headers was found: the first row must hold the headers of the import template.")
        )

    def _header_positions(self, row_number, texts, matches):
        problems, positions, taken = [], [], {}
        full_name_keys = {match_key(text) for text in FULL_NAME_HEADERS}
        for position, (text, column) in enumerate(zip(texts, matches)):
            if not text or column is None:
                continue  # an empty header, or a column to skip (row numbers)
            if column is False:
                if match_key(text) in full_name_keys:
                    reason = _("Put the full name in three columns: “%(family)s”, “%(middle)s” and “%(given)s”.") % {
                        "family": COLUMNS_BY_KEY["family_name"].header,
                        "middle": COLUMNS_BY_KEY["middle_name"].header,
                        "given": COLUMNS_BY_KEY["given_name"].header,
                    }
                else:
                    reason = _("Unknown column: use the headers of the import template.")
                problems.append(RowError(row_number, text, text, reason))
            elif column.key in taken:
                problems.append(RowError(row_number, text, text, _("This column appears twice.")))
            elif column.sensitive and not self.sees_sensitive_data:
                problems.append(RowError(row_number, text, text, _("You may not import sensitive personal data.")))
            else:
                taken[column.key] = position
                positions.append((position, column))
        if problems:
            raise FileProblem(errors=problems)
        return positions

    def _require_columns(self, header_number, present):
        keys = {column.key for column in present}
        missing = [
            RowError(header_number, column.header, "", _("This required column is missing."))
            for column in COLUMNS
            if column.required and column.key not in keys
        ]
        if not self.organisation.is_active:  # (the unit column cannot help: its units are dissolved too)
            reason = _("%(union)s has been dissolved and takes no members.") % {"union": self.organisation}
            missing.append(RowError(None, "", str(self.organisation), reason))
        elif UNIT_KEY not in keys and not self._holds_members(self.organisation):
            reason = _(
                "%(union)s holds no members itself: import into a grassroots union, "
                "or name each member's unit in the column “%(column)s”."
            ) % {"union": self.organisation, "column": _unit_header()}
            missing.append(RowError(None, "", str(self.organisation), reason))
        if missing:
            raise FileProblem(errors=missing)

    @staticmethod
    def _holds_members(organisation):
        return organisation.level in MEMBER_HOLDING_LEVELS and organisation.is_active

    def _example_matcher(self, position_of):
        if not all(key in position_of for key in EXAMPLE_KEYS):
            return None
        positions = [position_of[key] for key in EXAMPLE_KEYS]
        expected = [EXAMPLE[key] for key in EXAMPLE_KEYS]
        card_at = position_of["card_number"]
        card = EXAMPLE["card_number"]
        return lambda values: values[card_at] == card and [values[p] for p in positions] == expected

    @staticmethod
    def _cross_checks(position_of):
        born = position_of.get("born_on")
        joined = position_of["joined_union_on"]
        admitted = position_of.get("party_admitted_on")
        confirmed = position_of.get("party_confirmed_on")
        left = position_of.get("party_left_on")

        def check(values, bad):
            if born is not None and values[born] and values[joined] and values[joined] < values[born]:
                yield joined, _("The member cannot have joined the union before being born.")
            if admitted is not None and admitted in bad:
                return  # the admission date is already reported: the Party dates are not compared with it
            admitted_on = values[admitted] if admitted is not None else None
            confirmed_on = values[confirmed] if confirmed is not None else None
            if confirmed_on:
                if not admitted_on:
                    yield confirmed, _("A full Party member was first admitted as probationary.")
                elif confirmed_on < admitted_on:
                    yield confirmed, _("Full membership cannot come before admission.")
            left_on = values[left] if left is not None else None
            if left_on:
                if not admitted_on:
                    yield left, _("Only a member admitted to the Party can leave it.")
                elif left_on <= admitted_on:
                    yield left, _("Leaving the Party must come after admission.")
                elif confirmed_on and confirmed not in bad and left_on <= confirmed_on:
                    yield left, _("Leaving the Party must come after becoming a full member.")

        return check

    # Converters: one per column, built once; each returns the value or raises _Invalid.

    def _converter(self, column):
        kind = column.kind
        if kind == DATE:
            return _date_converter(column.required, datetime.date.today())
        if kind == CHOICE:
            return _choice_converter(column, value_lookup(column))
        if kind == CITIZEN_ID:
            return _citizen_id
        if kind == PHONE:
            return _phone
        if kind == EMAIL:
            return _email
        if kind == UNIT:
            return self._unit_converter()
        return _text_converter(column.max_length, column.required, card=kind == CARD)

    def _unit_converter(self):
        units = list(
            Organisation.objects.filter(path__startswith=self.organisation.path).only(
                "pk", "name", "short_name", "code", "level", "status", "path"
            )
        )
        self._units_by_id = {unit.pk: unit for unit in units}
        by_code, by_name = {}, {}
        for unit in units:
            by_code[match_key(unit.code)] = unit
            for name in {unit.name, unit.short_name} - {""}:
                by_name.setdefault(match_key(name), []).append(unit)
        union = self.organisation

        def convert(raw):
            if raw is None or (text := _text(raw)) == "":
                return None
            key = match_key(text)
            unit = by_code.get(key)
            if unit is None:
                found = by_name.get(key, ())
                if len(found) > 1:
                    raise _Invalid(
                        _("Several units of %(union)s have this name: give the unit's code.") % {"union": union}
                    )
                if not found:
                    raise _Invalid(_("There is no unit with this code or name in %(union)s.") % {"union": union})
                unit = found[0]
            if unit.level not in MEMBER_HOLDING_LEVELS:
                raise _Invalid(
                    _("%(unit)s is a %(level)s: members belong to a grassroots union or a unit inside one.")
                    % {"unit": unit, "level": unit.get_level_display()}
                )
            if not unit.is_active:
                raise _Invalid(_("%(unit)s has been dissolved and takes no members.") % {"unit": unit})
            return unit

        return convert


class _Duplicates:
    """Card numbers (or citizen IDs) seen in the file, each with its first row; repeats are errors."""

    def __init__(self, position, message):
        self.position = position
        self.message = message
        self.first_rows = {}

    def add(self, checker, row_number, converted):
        if self.position is None or not (value := converted[self.position]):
            return
        first = self.first_rows.setdefault(value, row_number)
        if first != row_number:
            checker._error(row_number, self.position, value, self.message % {"row": first})

    def check_registry(self, checker, field_name):
        """
        The values already in the registry (one query, or one per chunk on
        SQLite): those of members in the user's scope are errors on their first
        row; the others are returned, ``[(field name, value, row, position)]``,
        for the checker to report under the rule of identity_clashes.
        """
        if self.position is None or not self.first_rows:
            return []
        outside, scope = [], identity_clashes.scope_for(checker.user)
        for value, path in sorted(identity_clashes.registered(field_name, list(self.first_rows)).items()):
            if identity_clashes.is_outside(scope, path):
                outside.append((field_name, value, self.first_rows[value], self.position))
            else:
                checker._error(
                    self.first_rows[value], self.position, value, identity_clashes.inside_message(field_name)
                )
        return outside


def _unit_header():
    return COLUMNS_BY_KEY[UNIT_KEY].label


# Reading cell values.

_SPACES = re.compile(r"\s+")
_ODD_SPACES = re.compile(r"\s\s|[^\S ]")  # two spaces in a row, or a tab, newline, no-break space…


def _text(raw):
    """A cell as clean text: trimmed, single spaces, NFC; numbers without a trailing ".0"."""
    if type(raw) is str:
        text = raw.strip()
        if _ODD_SPACES.search(text):
            text = _SPACES.sub(" ", text)
        if not text.isascii() and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        return text
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime.datetime):
        return raw.strftime("%d/%m/%Y") if raw.time() == datetime.time() else raw.strftime("%d/%m/%Y %H:%M")
    if isinstance(raw, datetime.date):
        return raw.strftime("%d/%m/%Y")
    return str(raw).strip()


def _shown(raw):
    """The value of a cell as the error report shows it."""
    return _text(raw)


def _text_converter(max_length, required, card=False):
    too_long = max_length or 10**9

    def convert(raw):
        text = _text(raw)
        if not text:
            if required:
                raise _Invalid(_("This column is required."))
            return ""
        if len(text) > too_long:
            raise _Invalid(
                _("At most %(max)d characters (this has %(length)d).") % {"max": too_long, "length": len(text)}
            )
        return text

    return convert


def _citizen_id(raw):
    if raw is None or raw == "":
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, int) and not isinstance(raw, bool):
        # A number cell has lost the leading zeros; a citizen ID always has 12 digits, so they come back.
        if not 0 < raw < 10**12:
            raise _Invalid(CITIZEN_ID_MESSAGES["LENGTH"])
        number = f"{raw:012d}"
    else:
        number = (
            raw
            if type(raw) is str and len(raw) == 12 and raw.isascii() and raw.isdigit()
            else normalize_citizen_id(_text(raw))
        )
        if not number:
            return None
    error = citizen_id_error(number)
    if error:
        raise _Invalid(str(CITIZEN_ID_MESSAGES[error]))
    return number


_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")


def _phone(raw):
    if raw is None or raw == "":
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if isinstance(raw, int) and not isinstance(raw, bool):
        digits = str(raw)
        # A number cell has lost the leading 0 every Vietnamese number starts with.
        return "0" + digits if len(digits) in (9, 10) and not digits.startswith("84") else digits
    phone = _PHONE_SEPARATORS.sub("", _text(raw))
    if not phone:
        return ""
    if not (phone[1:] if phone.startswith("+") else phone).isdigit():
        raise _Invalid(_("A phone number has digits only (one number per member)."))
    if len(phone) > 20:
        raise _Invalid(_("At most %(max)d characters (this has %(length)d).") % {"max": 20, "length": len(phone)})
    return phone


def _email(raw):
    text = _text(raw)
    if not text:
        return ""
    try:
        validate_email(text)
    except ValidationError:
        raise _Invalid(_("Not an email address.")) from None
    if len(text) > 254:
        raise _Invalid(_("At most %(max)d characters (this has %(length)d).") % {"max": 254, "length": len(text)})
    return text


_DATE_TEXT = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?$")


def _date_converter(required, today):
    def convert(raw):
        if raw is None or raw == "":
            if required:
                raise _Invalid(_("This column is required."))
            return None
        kind = type(raw)
        if kind is datetime.datetime:
            day = raw.date()
        elif kind is datetime.date:
            day = raw
        elif kind is str:
            day = _parse_date(raw)
        elif kind in (int, float):
            raise _Invalid(_("A number, not a date: format the cell as a date, or type the date as dd/mm/yyyy."))
        else:
            raise _Invalid(_("Not a date: type it as dd/mm/yyyy."))
        if day < EARLIEST_DATE:
            raise _Invalid(_("A date before 1900 cannot be right."))
        if day > today:
            raise _Invalid(_("This date is in the future."))
        return day

    return convert


def _parse_date(raw):
    text = raw.strip()
    if not text:
        raise _Invalid(_("This column is required."))
    match = _DATE_TEXT.match(text)
    if match:
        day, month, year = (int(part) for part in match.groups())
    else:
        match = _ISO_DATE.match(text)
        if not match:
            raise _Invalid(_("Not a date: type it as dd/mm/yyyy."))
        year, month, day = (int(part) for part in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError:
        raise _Invalid(_("There is no such day.")) from None


def _choice_converter(column, lookup):
    default = str(column.default)
    required = column.required
    two_digits = column.choices and all(code.isdigit() and len(code) == 2 for code, _label in column.choices)
    cache = {}

    def convert(raw):
        if raw is None or raw == "":
            if required:
                raise _Invalid(_("This column is required."))
            return default
        code = cache.get(raw)
        if code is not None:
            return code
        if isinstance(raw, (int, float)) and not isinstance(raw, bool) and float(raw).is_integer():
            key = f"{int(raw):02d}" if two_digits else str(int(raw))
        else:
            key = match_key(_text(raw))
            if not key:
                if required:
                    raise _Invalid(_("This column is required."))
                return default
        code = lookup.get(key)
        if code is None:
            labels = column.choice_labels()
            listed = ", ".join(labels[:12]) + (", …" if len(labels) > 12 else "")
            raise _Invalid(_("Not one of the values of the list: %(values)s.") % {"values": listed})
        if len(cache) < 10_000:
            cache[raw] = code
        return code

    return convert


def _display(column, value, raw):
    """A checked value as the preview shows it."""
    if value is None or value == "":
        return "" if value is not None else _shown(raw)
    if column.kind == DATE:
        return value.strftime("%d/%m/%Y")
    if column.kind == CHOICE:
        return column.label_of(value)
    return str(value)  # text, or a unit (its name)


# ---------------------------------------------------------------------------
# Reading files


@contextlib.contextmanager
def _read_table(file, filename):
    """The rows of ``file`` (see spreadsheets.reading); a file that cannot be read, or too slowly, is a FileProblem."""
    try:
        with open_table(file, filename) as table:
            yield table
    except Unreadable as problem:
        raise FileProblem(problem.reason, value=filename) from None
