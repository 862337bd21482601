"""
Exporting a member list to .xlsx, in the columns of the import template (so
the file imports again as it is), and the error report of an import.

Sensitive columns (citizen ID, ethnicity, religion, date of birth, Party
dates) are left out unless the caller asks for them and may see them. On a past
day, each row is the member's membership period of that day (its unit), and a
member who has since left the user's scope shows only who they are
(``selectors.record_fields_shown``): not today's phone, citizen ID or Party dates.
"""

import datetime
from types import SimpleNamespace

from django.utils.translation import gettext as _
from openpyxl.styles import Font

from congdoan.accounts.scoping import scope_of
from congdoan.vietnamese import slugify

from ..selectors import member_list, record_fields_shown
from .columns import UNIT_KEY, columns
from .template import member_units, member_workbook
from .writing import Book


def export_members(user, criteria, *, include_sensitive=False):
    """The members of ``criteria`` that ``user`` may see, as an .xlsx (bytes)."""
    include_sensitive = include_sensitive and scope_of(user).sees_sensitive_data
    shown = columns(include_sensitive)
    organisation = criteria.organisation
    members = member_list(user, criteria)
    # What a row may show, whether its member is in the user's scope today or not.
    fields = {flag: record_fields_shown(user, SimpleNamespace(in_scope_today=flag)) for flag in (True, False)}

    def rows():
        for member in members.iterator(chunk_size=2_000):
            allowed = fields[getattr(member, "in_scope_today", True)]
            yield [
                _value(member, column.key, organisation) if column.key in allowed or column.key == UNIT_KEY else None
                for column in shown
            ]

    return member_workbook(rows(), shown, units=member_units(organisation))


def _value(member, key, organisation):
    if key != UNIT_KEY:
        return getattr(member, key)
    if hasattr(member, "period_unit_path"):  # a past day: the unit of the membership period of that day
        name, path = member.period_unit_name, member.period_unit_path
    else:
        name, path = member.organisation.name, member.organisation.path
    if path == organisation.path or not path.startswith(organisation.path):
        return None  # the union itself
    return name


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
