"""
Reading an uploaded member list (.xlsx, .xlsm, .xls, .ods or .csv) as rows,
without letting any file hold the process for long or fill its memory.

    with open_table(file, filename) as table:
        for row_number, values in table.rows: …

Rows come as (row number as the spreadsheet shows it, tuple of values); the
values are None (empty), str, float, bool, datetime.date, datetime.datetime,
datetime.time or datetime.timedelta, with column A at index 0. A merged cell's
value is given in every cell of the merged range, so a unit written once for a
whole block of rows applies to each of them.

Why so guarded: a workbook is a zip of XML. A few kilobytes can declare
gigabytes (a zip bomb), lie about their sizes, or name one cell far away so
that the reader lays out billions of empty cells. So, before any spreadsheet
parser sees the file:

1. the archive's declared sizes, ratios and member count are checked;
2. its members are inflated here, counted, and copied into a new archive
   that only holds what was really inflated (so the parser never inflates
   a stream whose size was not checked);
3. the sheets' cell references are scanned (linearly) to bound the area
   the parser will lay out.

Only then does calamine (Rust; linear on malformed XML too, as measured on
80,000 unclosed ``<row`` tags) read the sheet. A monotonic deadline, checked
while the archive is copied and every few hundred rows, bounds the whole
check; past it the file is refused.

Every refusal is an ``Unreadable`` whose ``reason`` is for the user.
"""

import codecs
import csv
import io
import os
import re
import time
import zipfile
import zlib
from dataclasses import dataclass
from xml.etree.ElementTree import ParseError, XMLPullParser

from django.utils.translation import gettext as _

# A member list of the largest size we take (MAX_ROWS rows) is a few megabytes zipped.
MAX_FILE_BYTES = 50 * 1024 * 1024
EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods", ".csv")
# A workbook has a dozen parts; thousands are not a member list (and each costs a header to read).
MAX_ARCHIVE_MEMBERS = 1_000
# 200,000 rows of 30 columns are about 150 MB of sheet XML: more than that is not a member list.
MAX_MEMBER_BYTES = 256 * 1024 * 1024
MAX_INFLATED_BYTES = 320 * 1024 * 1024
# Sheet XML packs 5–20 to 1, and 100 to 1 for a sheet of one repeated value; a zip bomb
# packs about 1,000 to 1. Parts smaller than RATIO_FREE_BYTES may pack as they like.
MAX_RATIO = 200
RATIO_FREE_BYTES = 1024 * 1024
# The parser lays out every cell between the first and last it meets (32 bytes each):
# 10 million cells (200,000 rows × 50 columns) is 320 MB; a cell at XFD1048576 would be 550 GB.
MAX_SHEET_CELLS = 10_000_000
# A member list fills its area densely; a sheet whose area is far larger than the cells it
# holds (one stray cell far away) would be laid out and walked for nothing, so its area may
# exceed SPARSE_SLACK_CELLS by at most SPARSE_FACTOR cells per cell written in the file:
# the work then grows with the file's content, never with the coordinates it names.
SPARSE_SLACK_CELLS = 100_000
SPARSE_FACTOR = 20
# Checking 200,000 rows takes well under a minute; a file that takes this long is refused.
CHECK_SECONDS = 180
# How many rows are read between two looks at the clock.
ROWS_PER_CLOCK_CHECK = 256
_CHUNK = 1 << 20
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # .xls, or a workbook protected by a password


class Unreadable(Exception):
    """The file as a whole cannot be used; ``reason`` says why, for the user."""

    def __init__(self, reason):
        self.reason = reason
        super().__init__(reason)


class Deadline:
    """The moment the check of a file must be over, so no file holds a worker for long."""

    def __init__(self, seconds=None):
        self.seconds = CHECK_SECONDS if seconds is None else seconds
        self.end = time.monotonic() + self.seconds

    def check(self):
        if time.monotonic() > self.end:
            raise Unreadable(
                _("The file took too long to check (more than %(seconds)d seconds): split it into several files.")
                % {"seconds": self.seconds}
            )


@dataclass
class Table:
    rows: object  # an iterator of (row number, tuple of values)
    estimated_rows: int | None = None
    stream: object = None  # closed with the table when the table opened it

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        close = getattr(self.rows, "close", None)
        if close:
            close()
        if self.stream is not None:
            self.stream.close()


def open_table(file, filename, deadline=None):
    """Open ``file`` (a path or a binary file object) as a Table; Unreadable if it cannot be read."""
    deadline = deadline or Deadline()
    extension = os.path.splitext(filename or "")[1].lower()
    if extension not in EXTENSIONS:
        raise Unreadable(_("Choose a spreadsheet: Excel (.xlsx, .xls), OpenDocument (.ods) or CSV (.csv)."))
    if isinstance(file, (str, os.PathLike)):
        try:
            stream = open(file, "rb")  # noqa: SIM115 (closed with the table)
        except OSError:
            raise Unreadable(_("The uploaded file is no longer there: upload it again.")) from None
        try:
            table = _read_stream(stream, extension, deadline)
        except BaseException:
            stream.close()
            raise
        table.stream = stream
        return table
    return _read_stream(file, extension, deadline)


def _read_stream(stream, extension, deadline):
    size = _size(stream)
    if size == 0:
        raise Unreadable(_("The file is empty."))
    if size is None or size > MAX_FILE_BYTES:
        raise Unreadable(
            _("The file is larger than %(size)d MB: split it into several files.") % {"size": MAX_FILE_BYTES // 2**20}
        )
    start = stream.read(8)
    stream.seek(0)
    if extension == ".csv":
        if start.startswith((_ZIP, _OLE)):
            raise Unreadable(_("This file is an Excel workbook, not a CSV file: name it .xlsx."))
        return _read_csv(stream.read(), deadline)
    if start.startswith(_ZIP):
        workbook = _checked_archive(stream, deadline)
    elif start.startswith(_OLE):
        workbook = io.BytesIO(stream.read())  # .xls: no archive; its area is bounded by the format (65,536 × 256)
    else:
        raise Unreadable(_("This file is not a spreadsheet (.xlsx, .xls or .ods), whatever its name says."))
    return _read_workbook(workbook, deadline)


def _size(stream):
    try:
        position = stream.tell()
        stream.seek(0, os.SEEK_END)
        size = stream.tell()
        stream.seek(position)
    except (AttributeError, OSError):
        return None
    return size


def _damaged():
    return Unreadable(
        _("This spreadsheet is damaged or of an unknown kind: open it in Excel or LibreOffice and save it again.")
    )


# ---------------------------------------------------------------------------
# CSV


def _read_csv(data, deadline):
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise Unreadable(
            _("The CSV file is not in UTF-8: in Excel, save it as “CSV UTF-8 (Comma delimited)”.")
        ) from None
    if "\x00" in text:
        raise Unreadable(_("This file is not a CSV text file."))
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    estimated = text.count("\n") + 1

    def rows():
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for number, row in enumerate(reader, start=1):
                if number % ROWS_PER_CLOCK_CHECK == 0:
                    deadline.check()
                yield number, tuple(value if value != "" else None for value in row)
        except csv.Error as error:
            raise Unreadable(_("The CSV file is damaged near row %(row)d.") % {"row": reader.line_num}) from error

    return Table(rows(), estimated)


# ---------------------------------------------------------------------------
# The archive gate (.xlsx, .xlsm, .ods)


def _checked_archive(stream, deadline):
    """
    A new archive holding the members of ``stream``'s, each inflated and
    counted here, after the declared sizes passed the caps; the sheets'
    areas are bounded on the way. The parser reads this copy, never the
    upload, so it cannot meet a stream that inflates beyond what was checked.
    """
    try:
        archive = zipfile.ZipFile(stream)
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise _damaged() from None
    _check_declared(members)
    sheets = _sheet_parts(archive, members)
    copy = io.BytesIO()
    try:
        with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target:
            for member in members:
                if member.is_dir():
                    continue
                scanner = _XlsxArea() if member.filename in sheets else None
                if member.filename == "content.xml":
                    scanner = _OdsArea()
                _copy_member(archive, member, target, scanner, deadline)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error, NotImplementedError, RuntimeError):
        raise _damaged() from None
    copy.seek(0)
    return copy


def _check_declared(members):
    if len(members) > MAX_ARCHIVE_MEMBERS:
        raise Unreadable(
            _("The workbook holds %(count)d parts (at most %(max)d): it is not a member list.")
            % {"count": len(members), "max": MAX_ARCHIVE_MEMBERS}
        )
    too_large = _("The workbook would unpack to more than %(size)d MB: split it into several files.")
    names, total = set(), 0
    for member in members:
        if member.flag_bits & 0x1:
            raise Unreadable(
                _("This workbook is protected by a password: remove the password in Excel and upload it again.")
            )
        if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or member.filename in names:
            raise _damaged()  # Excel and LibreOffice only store or deflate, each part once
        names.add(member.filename)
        if member.file_size > MAX_MEMBER_BYTES:
            raise Unreadable(too_large % {"size": MAX_MEMBER_BYTES // 2**20})
        total += member.file_size
        if total > MAX_INFLATED_BYTES:
            raise Unreadable(too_large % {"size": MAX_INFLATED_BYTES // 2**20})
        if member.file_size > RATIO_FREE_BYTES and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise Unreadable(
                _(
                    "The workbook is packed far more tightly than a spreadsheet can be (a “zip bomb”?): "
                    "it was not opened. Open it in Excel and save it again."
                )
            )


_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b[^>]{0,2000}>")
_ATTRIBUTE = re.compile(rb'\b(Type|Target|TargetMode)\s*=\s*"([^"]*)"')


def _sheet_parts(archive, members):
    """The members holding worksheets: under xl/worksheets/, or named so by any relationship part."""
    sheets = {member.filename for member in members if member.filename.startswith("xl/worksheets/")}
    for member in members:
        if not member.filename.endswith(".rels") or member.file_size > RATIO_FREE_BYTES:
            continue
        base = member.filename.rsplit("_rels/", 1)[0]
        try:
            text = archive.read(member)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, zlib.error, NotImplementedError):
            raise _damaged() from None
        for relationship in _RELATIONSHIP.finditer(text):
            attributes = dict(_ATTRIBUTE.findall(relationship.group(0)))
            if attributes.get(b"Type", b"").endswith(b"/worksheet") and b"Target" in attributes:
                target = attributes[b"Target"].decode("utf-8", "replace")
                sheets.add(_resolved(base, target))
    return sheets


def _resolved(base, target):
    if target.startswith("/"):
        return target.lstrip("/")
    parts = []
    for part in (base + target).split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part and part != ".":
            parts.append(part)
    return "/".join(parts)


def _copy_member(archive, member, target, scanner, deadline):
    copied = 0
    with archive.open(member) as source, target.open(member.filename, "w") as sink:
        while chunk := source.read(_CHUNK):
            if copied == 0 and isinstance(scanner, _XlsxArea) and not _utf8_xml(chunk):
                raise _damaged()  # the scan reads UTF-8 bytes; Excel writes nothing else
            copied += len(chunk)
            if copied > member.file_size:  # zipfile stops at the declared size; this keeps it so
                raise _damaged()
            if scanner is not None:
                scanner.feed(chunk)
            sink.write(chunk)
            deadline.check()
    if scanner is not None:
        scanner.close()


_DECLARED_ENCODING = re.compile(rb"""^(?:\xef\xbb\xbf)?<\?xml[^>]{0,200}?encoding\s*=\s*["']([^"']{0,40})["']""")


def _utf8_xml(head):
    if b"\x00" in head[:1024]:
        return False  # UTF-16 or UTF-32
    declared = _DECLARED_ENCODING.match(head)
    return declared is None or declared.group(1).lower() in (b"utf-8", b"utf8")


def _too_wide(rows, columns):
    return Unreadable(
        _(
            "The sheet spans %(rows)d rows × %(columns)d columns, more than %(max)d cells: "
            "delete the rows and columns far below or right of the list, or split it."
        )
        % {"rows": rows, "columns": columns, "max": MAX_SHEET_CELLS}
    )


class _XlsxArea:
    """
    Bounds the area a sheet's cells span, from their references (r="B12"),
    with patterns of bounded length so the scan stays linear whatever the XML.
    Cells without a reference are placed by counting: each may add a column.
    """

    _CELL_LETTERS = re.compile(rb'\sr\s{0,4}=\s{0,4}"([A-Za-z]{1,12})[0-9]')
    _CELL_DIGITS = re.compile(rb'\sr\s{0,4}=\s{0,4}"[A-Za-z]{1,12}([0-9]{1,12})')
    _ROW_DIGITS = re.compile(rb'\sr\s{0,4}=\s{0,4}"([0-9]{1,12})')
    _CELL_TAG = re.compile(rb"<(?:\w{1,20}:)?c[\s/>]")
    _ROW_TAG = re.compile(rb"<(?:\w{1,20}:)?row[\s/>]")
    _LONGEST = 64  # longer than any token above
    _TAIL = 1 << 16

    def __init__(self):
        self.tail = b""
        self.rows = self.columns = self.row_references = 0
        self.references = self.cell_tags = self.row_tags = 0

    def feed(self, chunk):
        data = self.tail + chunk
        # Tokens hold no ">" but as their last byte: cutting after a ">" splits none of them.
        cut = data.rfind(b">") + 1
        if cut >= len(data) - self._TAIL:
            self._count(data[:cut])
            self.tail = data[cut:]
        else:  # a long stretch without ">" (no real sheet has one): count each token where it starts
            end = len(data) - self._LONGEST
            self._count_before(data, end)
            self.tail = data[end:]
        self._check()

    def close(self):
        self._count(self.tail)
        self.tail = b""
        self._check()
        _check_sparse(*self._area(), self.cell_tags)

    # The usual shape (Excel, LibreOffice, openpyxl): every cell tag is <c r="…" (r first).
    _USUAL_LETTERS = re.compile(rb'<c r="([A-Za-z]{1,12})[0-9]')
    _USUAL_DIGITS = re.compile(rb'<c r="[A-Za-z]{1,12}([0-9]{1,12})')
    _USUAL_ROW_DIGITS = re.compile(rb'<row r="([0-9]{1,12})')
    _WIDE = re.compile(rb'<c r="[A-Za-z]{2}')
    _ONE_LETTER = re.compile(rb'<c r="([A-Za-z])[0-9]')
    _ROW_TAG_STARTS = (b"<row ", b"<row>", b"<row/", b"<row\t", b"<row\n", b"<row\r")
    _CELL_TAG_STARTS = (b"<c ", b"<c>", b"<c/", b"<c\t", b"<c\n", b"<c\r")

    def _count(self, data):
        usual = data.count(b'<c r="')
        # Most chunks hold no other tag starting "<c" (<cols>, <col> come before the rows): one count says so.
        tags = usual if data.count(b"<c") == usual else sum(data.count(start) for start in self._CELL_TAG_STARTS)
        if usual == tags and b":c" not in data and b":row" not in data:
            # Every cell tag is of the usual shape: the patterns with a literal start are several times faster.
            self._count_usual(data, usual)
        else:
            self._count_any(data)

    def _count_usual(self, data, cells):
        if self._WIDE.search(data) is None:
            # Columns A–Z only (one letter: each a shared one-byte object, so counting them is cheap).
            letters = self._ONE_LETTER.findall(data)
        else:
            letters = self._USUAL_LETTERS.findall(data)
        self.references += len(letters)  # a cell whose r is not a reference counts as placed by counting
        self.cell_tags += cells
        row_tags = sum(data.count(start) for start in self._ROW_TAG_STARTS)
        self.row_tags += row_tags
        if letters:
            self.columns = max(self.columns, *(_column_number(text) for text in set(letters)))
            self.rows = max(self.rows, *(int(text) for text in set(self._USUAL_DIGITS.findall(data))))
        row_numbers = set(self._USUAL_ROW_DIGITS.findall(data))
        if row_numbers:
            self.row_references = max(self.row_references, *(int(text) for text in row_numbers))
        if len(row_numbers) < row_tags:  # rows without the usual <row r="…": the thorough pattern
            self._count_row_references(data)

    def _count_row_references(self, data):
        row_numbers = set(self._ROW_DIGITS.findall(data))
        if row_numbers:
            self.row_references = max(self.row_references, *(int(text) for text in row_numbers))

    def _count_any(self, data):
        letters = self._CELL_LETTERS.findall(data)
        self.references += len(letters)
        if letters:
            self.columns = max(self.columns, *(_column_number(text) for text in set(letters)))
            self.rows = max(self.rows, *(int(text) for text in set(self._CELL_DIGITS.findall(data))))
        row_numbers = set(self._ROW_DIGITS.findall(data))
        if row_numbers:
            self.row_references = max(self.row_references, *(int(text) for text in row_numbers))
        self.cell_tags += len(self._CELL_TAG.findall(data))
        self.row_tags += len(self._ROW_TAG.findall(data))

    def _count_before(self, data, end):
        def starting(pattern):
            return [match for match in pattern.finditer(data) if match.start() < end]

        letters = starting(self._CELL_LETTERS)
        self.references += len(letters)
        for match in letters:
            self.columns = max(self.columns, _column_number(match.group(1)))
        for match in starting(self._CELL_DIGITS):
            self.rows = max(self.rows, int(match.group(1)))
        for match in starting(self._ROW_DIGITS):
            self.row_references = max(self.row_references, int(match.group(1)))
        self.cell_tags += len(starting(self._CELL_TAG))
        self.row_tags += len(starting(self._ROW_TAG))

    def _area(self):
        unreferenced = max(self.cell_tags - self.references, 0)
        rows = max(self.rows, max(self.row_references, self.row_tags) if unreferenced else 0)
        return rows, self.columns + unreferenced

    def _check(self):
        rows, columns = self._area()
        if rows * columns > MAX_SHEET_CELLS:
            raise _too_wide(rows, columns)


def _check_sparse(rows, columns, cells):
    if rows * columns > SPARSE_SLACK_CELLS + SPARSE_FACTOR * cells:
        raise _too_wide(rows, columns)


def _column_number(letters):
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - 64
    return number


class _OdsArea:
    """
    Bounds the area of an OpenDocument spreadsheet once its repeats are
    unrolled (number-rows-repeated × number-columns-repeated), counting only
    rows and columns up to the last cell with content, as the parser does.
    """

    _TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    _OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"

    def __init__(self):
        self.parser = XMLPullParser(events=("start", "end"))
        self.rows = self.columns = self.cells = 0

    def feed(self, chunk):
        if b"<!DOCTYPE" in chunk or b"<!ENTITY" in chunk:
            raise _damaged()  # an OpenDocument file never has a DTD
        try:
            self.parser.feed(chunk)
        except ParseError:
            raise _damaged() from None
        self._read()

    def close(self):
        try:
            self.parser.close()
        except ParseError:
            raise _damaged() from None
        self._read()
        _check_sparse(self.rows, self.columns, self.cells)

    def _read(self):
        table, office = self._TABLE, self._OFFICE
        for event, element in self.parser.read_events():
            tag = element.tag
            if tag == table + "table":
                if event == "start":
                    self.row = 0
            elif tag == table + "table-row":
                if event == "start":
                    self.repeat = _count(element.get(table + "number-rows-repeated"))
                    self.column = self.last_column = 0
                else:
                    if self.last_column:
                        self.rows = max(self.rows, self.row + self.repeat)
                        self.columns = max(self.columns, self.last_column)
                    self.row += self.repeat
                    element.clear()
                    if self.rows * self.columns > MAX_SHEET_CELLS:
                        raise _too_wide(self.rows, self.columns)
            elif tag in (table + "table-cell", table + "covered-table-cell") and event == "end":
                repeat = _count(element.get(table + "number-columns-repeated"))
                self.column += repeat
                if element.get(office + "value-type") is not None or len(element):
                    self.last_column = self.column
                    self.cells += 1
                    if self.repeat * repeat > MAX_SHEET_CELLS:
                        raise _too_wide(self.row + self.repeat, self.column)


def _count(text):
    try:
        return max(int(text), 1) if text else 1
    except ValueError:
        return 1


# ---------------------------------------------------------------------------
# The workbook, through calamine


def _read_workbook(content, deadline):
    """The first worksheet of ``content`` (a checked copy of the upload), as a Table."""
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError, SheetTypeEnum

    try:
        workbook = CalamineWorkbook.from_filelike(content)
        sheets = [meta for meta in workbook.sheets_metadata if meta.typ == SheetTypeEnum.WorkSheet]
        if not sheets:
            raise Unreadable(_("The workbook has no worksheet."))
        sheet = workbook.get_sheet_by_name(sheets[0].name)
        start = sheet.start
        merged = sheet.merged_cell_ranges or []
    except PasswordError:
        raise Unreadable(
            _("This workbook is protected by a password: remove the password in Excel and upload it again.")
        ) from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except Unreadable:
        raise
    except (CalamineError, ValueError, TypeError, OSError):
        raise _damaged() from None
    except BaseException:  # noqa: BLE001 (a panic of the Rust reader: pyo3's PanicException is a BaseException)
        raise _damaged() from None
    if start is None:
        return Table(iter(()), 0)
    height = sheet.height + start[0]
    left = (None,) * start[1]  # calamine's rows begin at the first column used; ours at column A
    fill = _MergedCells(merged, height, start[1] + sheet.width)

    def rows():
        number = 0
        try:
            for values in sheet.iter_rows():
                number += 1
                if number % ROWS_PER_CLOCK_CHECK == 0:
                    deadline.check()
                if values.count("") == len(values) and not (fill and fill.covers(number - 1)):
                    continue  # an empty row (the checker skips them too)
                row = (*left, *(None if value == "" else value for value in values))
                yield number, fill.apply(number - 1, row) if fill else row
        except (KeyboardInterrupt, SystemExit, GeneratorExit, Unreadable):
            raise
        except BaseException:  # noqa: BLE001 (as above)
            raise _damaged() from None
        finally:
            workbook.close()

    return Table(rows(), height)


class _MergedCells:
    """
    Gives each cell of a merged range the value of its top-left cell (the
    only one a spreadsheet stores), clipped to the sheet; the total work is
    bounded by the number of cells the ranges cover.
    """

    def __init__(self, ranges, height, width):
        clipped, covered = [], 0
        for (top, left), (bottom, right) in ranges:
            bottom, right = min(bottom, height - 1), min(right, width - 1)
            if top < 0 or left < 0 or bottom < top or right < left or (bottom == top and right == left):
                continue
            covered += (bottom - top + 1) * (right - left + 1)
            # Merged ranges do not overlap: together they cover at most the sheet, already bounded.
            if covered > min(MAX_SHEET_CELLS, height * width):
                raise Unreadable(_("The sheet has too many merged cells: unmerge them and upload it again."))
            clipped.append((top, left, bottom, right))
        clipped.sort()
        self.pending = clipped  # sorted by top row
        self.next = 0
        self.active = []  # (bottom, left, right, value)

    def __bool__(self):
        return bool(self.pending)

    def covers(self, index):
        """Whether a range may give a value to row ``index`` (an empty row inside a merged block is not skipped)."""
        return bool(self.active) or (self.next < len(self.pending) and self.pending[self.next][0] <= index)

    def apply(self, index, row):
        while self.next < len(self.pending) and self.pending[self.next][0] == index:
            _top, left, bottom, right = self.pending[self.next]
            self.active.append((bottom, left, right, row[left] if left < len(row) else None))
            self.next += 1
        if not self.active:
            return row
        self.active = [item for item in self.active if item[0] >= index]
        if not self.active:
            return row
        cells = list(row)
        for _bottom, left, right, value in self.active:
            if value is None:
                continue
            if right >= len(cells):
                cells.extend([None] * (right + 1 - len(cells)))
            for column in range(left, right + 1):
                if cells[column] is None:
                    cells[column] = value
        return tuple(cells)
