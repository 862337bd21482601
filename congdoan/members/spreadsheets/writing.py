"""
The one place that writes spreadsheets (.xlsx and .csv).

A text cell that starts with = + - @ (or a tab or carriage return) can be
taken for a formula by Excel or LibreOffice: a member named
=HYPERLINK("http://…", "x") would become a live link in every export, and a
bad cell of an upload would do the same in the error report (formula or CSV
injection, OWASP). Everything we write goes through here, so such text is
always written as text; a test keeps other modules from making workbooks,
cells or CSV writers themselves.

In an .xlsx the cell is typed as a string (and marked quote-prefixed, so it
stays text if someone edits it in Excel) rather than given the OWASP
apostrophe: the value stays exactly the member's data, so what the user sees
is right and an exported file imports again unchanged. A CSV field has no
type, so there the apostrophe prefix is the only defence.
"""

import csv
import io

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

# What a spreadsheet program may read as the start of a formula.
FORMULA_STARTS = frozenset("=+-@\t\r")


def looks_like_formula(value):
    return isinstance(value, str) and value[:1] in FORMULA_STARTS


class Book:
    """A workbook being written (write-only: an export of 200,000 rows streams instead of filling memory)."""

    def __init__(self):
        self._workbook = Workbook(write_only=True)

    def sheet(self, title):
        return Sheet(self._workbook.create_sheet(title))

    def content(self):
        """The workbook as the bytes of an .xlsx."""
        output = io.BytesIO()
        self._workbook.save(output)
        return output.getvalue()


class Sheet:
    """
    A sheet of a Book. ``worksheet`` is the openpyxl sheet, for its layout only
    (column widths, frozen panes, drop-downs, visibility): cells are written
    with ``append`` and ``cell``.
    """

    def __init__(self, worksheet):
        self.worksheet = worksheet

    @property
    def title(self):
        return self.worksheet.title

    def cell(self, value, *, font=None, fill=None, alignment=None, number_format=None):
        """A styled cell to ``append``; formula-like text is written as text."""
        cell = WriteOnlyCell(self.worksheet, value=value)
        if looks_like_formula(value):
            cell.data_type = "s"
            cell.quotePrefix = True
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if alignment is not None:
            cell.alignment = alignment
        if number_format is not None:
            cell.number_format = number_format
        return cell

    def append(self, values):
        """Write a row: plain values or cells from ``cell``."""
        self.worksheet.append([self.cell(value) if looks_like_formula(value) else value for value in values])


def csv_field(value):
    """A value as a CSV field: formula-like text gets the OWASP apostrophe prefix."""
    if value is None:
        return ""
    return "'" + value if looks_like_formula(value) else value


def csv_bytes(rows, *, delimiter=","):
    """Rows as a UTF-8 CSV with a byte-order mark (without it Excel misreads Vietnamese letters)."""
    output = io.StringIO(newline="")
    writer = csv.writer(output, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow([csv_field(value) for value in row])
    return ("\ufeff" + output.getvalue()).encode("utf-8")
