"""
Exporting a member list to .xlsx, in the columns of the import template (so
the file imports again as it is), and the error report of an import.

Sensitive columns (citizen ID, ethnicity, religion, date of birth, Party
dates) are left out unless the caller asks for them and may see them.
"""

import datetime

from django.utils.translation import gettext as _
from openpyxl.styles import Font

from congdoan.accounts.scoping import scope_of
from congdoan.vietnamese import slugify

from .import_template import member_units, member_workbook
from .member_columns import UNIT_KEY, columns
from .selectors import member_list
from .spreadsheets.writing import Book


def export_members(user, criteria, *, include_sensitive=False):
    """The members of ``criteria`` that ``user`` may see, as an .xlsx (bytes)."""
    include_sensitive = include_sensitive and scope_of(user).sees_sensitive_data
    shown = columns(include_sensitive)
    organisation = criteria.organisation
    members = member_list(user, criteria)

    def rows():
        for member in members.iterator(chunk_size=2_000):
            yield [_value(member, column.key, organisation) for column in shown]

    return member_workbook(rows(), shown, units=member_units(organisation))


def _value(member, key, organisation):
    if key != UNIT_KEY:
        return getattr(member, key)
    unit = member.organisation
    if unit.pk == organisation.pk or not unit.path.startswith(organisation.path):
        return None  # the union itself (or, for a past day, a union the member has since moved to)
    return unit


def export_filename(organisation, day=None):
    day = day or datetime.date.today()
    name = slugify(organisation.short_name or organisation.name)[:60] or "cong-doan"
    return f"doan-vien-{name}-{day:%Y%m%d}.xlsx"


def errors_workbook(errors, filename=""):
    """The problems of an import (RowError list) as an .xlsx (bytes): row, column, value, reason."""
    book = Book()
    sheet = book.sheet(_("Problems"))
    for letter, width in zip("ABCD", (8, 28, 28, 80)):
        sheet.worksheet.column_dimensions[letter].width = width
    bold = Font(bold=True)
    if filename:
        sheet.append([sheet.cell(_("Problems found in %(file)s") % {"file": filename}, font=bold)])
    sheet.append([sheet.cell(text, font=bold) for text in (_("Row"), _("Column"), _("Value"), _("Problem"))])
    for error in errors:
        sheet.append([error.row, error.column, sheet.cell(error.value, number_format="@"), error.reason])
    return book.content()
