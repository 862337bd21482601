"""
The member workbook: the import template, and the export (the same sheet
with members in it, so an export imports again as it is).

Sheet 1 holds the members, one per row under the headers; coded columns offer
drop-down lists (kept on a hidden sheet, as Excel requires for long lists),
text columns are formatted as text so identity and card numbers keep their
leading zeros, date columns show dd/mm/yyyy. Sheet 2 explains each column.
"""

from django.utils.translation import gettext as _
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from congdoan.unions.levels import MEMBER_HOLDING_LEVELS
from congdoan.unions.models import Organisation

from .columns import CARD, CHOICE, CITIZEN_ID, DATE, EXAMPLE, PHONE, UNIT, columns, explanation_rows
from .writing import Book

XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DATE_FORMAT = "DD/MM/YYYY"
TEXT_FORMAT = "@"
LAST_ROW = 1_048_576  # Excel's last row: drop-downs and formats cover the whole column
MAX_LISTED_UNITS = 2_000

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_REQUIRED_FILL = PatternFill("solid", fgColor="FCE4D6")
_EXAMPLE_FONT = Font(italic=True, color="808080")


def member_units(organisation):
    """
    The active units inside ``organisation`` that hold members: what the unit
    column offers. A province has thousands: past MAX_LISTED_UNITS there is no
    drop-down (a code or name typed in is still read).
    """
    if organisation is None:
        return []
    units = list(
        Organisation.objects.filter(
            path__startswith=organisation.path,
            depth__gt=organisation.depth,
            level__in=MEMBER_HOLDING_LEVELS,
            status="active",
        ).order_by("path")[: MAX_LISTED_UNITS + 1]
    )
    return units if len(units) <= MAX_LISTED_UNITS else []


def template_workbook(*, organisation=None, include_sensitive=True):
    """The import template (bytes of an .xlsx): headers, one example row, drop-downs, explanations."""
    shown = columns(include_sensitive)
    example = [EXAMPLE[column.key] for column in shown]
    return member_workbook([example], shown, units=member_units(organisation), example=True)


def member_workbook(rows, shown, *, units=(), example=False):
    """
    An .xlsx (bytes) with ``rows`` (lists of values in the order of the
    columns ``shown``) under the headers, drop-downs and the explanation sheet.
    Values are the cell values: codes and units are given as their labels.
    """
    book = Book()
    sheet = book.sheet(_("Members"))
    explanation = book.sheet(_("Explanation"))
    lists = book.sheet(_("Lists"))
    _prepare_member_sheet(sheet, shown, lists, units)
    sheet.append([_header_cell(sheet, column) for column in shown])
    formats = [_cell_format(column) for column in shown]
    labels = [_labeller(column) for column in shown]
    for values in rows:
        cells = []
        for value, number_format, label in zip(values, formats, labels):
            value = label(value)
            if number_format is None and not example:
                cells.append(value)
                continue
            cells.append(sheet.cell(value, number_format=number_format, font=_EXAMPLE_FONT if example else None))
        sheet.append(cells)
    _write_explanation(explanation, shown)
    lists.worksheet.sheet_state = "hidden"
    return book.content()


def _prepare_member_sheet(sheet, shown, lists, units):
    layout = sheet.worksheet
    layout.freeze_panes = "A2"
    list_columns = []
    for index, column in enumerate(shown, start=1):
        letter = get_column_letter(index)
        dimension = layout.column_dimensions[letter]
        dimension.width = column.width
        number_format = _cell_format(column)
        if number_format:
            dimension.number_format = number_format
        if column.kind == CHOICE:
            values = column.choice_labels()
        elif column.kind == UNIT and units:
            values = [unit.name for unit in units]
        else:
            continue
        list_columns.append(values)
        list_letter = get_column_letter(len(list_columns))
        validation = DataValidation(
            type="list",
            formula1=f"'{lists.title}'!${list_letter}$1:${list_letter}${len(values)}",
            allow_blank=not column.required,
            showErrorMessage=column.kind == CHOICE,
            errorTitle=column.label,
            error=_("Choose a value from the list."),
            showInputMessage=True,
            promptTitle=column.label,
            prompt=str(column.help)[:255],
        )
        validation.add(f"{letter}2:{letter}{LAST_ROW}")
        layout.data_validations.append(validation)
    # The hidden sheet of lists: one column per drop-down.
    longest = max((len(values) for values in list_columns), default=0)
    for row in range(longest):
        lists.append([values[row] if row < len(values) else None for values in list_columns])


def _header_cell(sheet, column):
    return sheet.cell(
        column.header,
        font=_HEADER_FONT,
        fill=_REQUIRED_FILL if column.required else _HEADER_FILL,
        alignment=Alignment(wrap_text=True, vertical="center"),
    )


def _cell_format(column):
    if column.kind == DATE:
        return DATE_FORMAT
    if column.kind in (CARD, CITIZEN_ID, PHONE):
        return TEXT_FORMAT
    return None


def _labeller(column):
    if column.kind == CHOICE:
        return lambda code: column.label_of(code) if code else ""
    if column.kind == UNIT:
        return lambda unit: str(unit) if unit else ""
    return lambda value: value if value is not None else None


def _write_explanation(sheet, shown):
    for letter, width in zip("ABCDE", (28, 14, 60, 60, 24)):
        sheet.worksheet.column_dimensions[letter].width = width
    sheet.append([sheet.cell(_("How to fill in the member list"), font=Font(bold=True, size=13))])
    for line in (
        _("One member per row of the first sheet, under the headers; do not change the headers."),
        _("Columns marked (*) are required. Columns may be left out, except the required ones."),
        _("The example row (in grey) is skipped on import: replace it or leave it."),
        _("If any row has a problem, nothing is imported and every problem is listed, with its row and column."),
    ):
        sheet.append([line])
    sheet.append([])
    headers = [_("Column"), _("Required?"), _("Format"), _("Allowed values"), _("Note")]
    sheet.append([_bold(sheet, text) for text in headers])
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in explanation_rows(include_sensitive=any(column.sensitive for column in shown)):
        if row[0] not in {column.header for column in shown}:
            continue
        sheet.append([sheet.cell(value, alignment=wrap) for value in row])


def _bold(sheet, text):
    return sheet.cell(text, font=_HEADER_FONT, fill=_HEADER_FILL)
