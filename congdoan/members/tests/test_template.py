"""The import template: headers, an example row, drop-downs for coded columns, a sheet explaining each column."""

import io

import openpyxl
import pytest
from django.urls import reverse

from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.members.models import SENSITIVE_FIELDS, Member
from congdoan.members.spreadsheets.columns import COLUMNS, COLUMNS_BY_KEY, EXAMPLE
from congdoan.members.spreadsheets.importing import import_members
from congdoan.members.spreadsheets.template import template_workbook

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]


def open_workbook(content):
    return openpyxl.load_workbook(io.BytesIO(content))


def validations(sheet):
    """{column letter: the list the drop-down offers}."""
    lists = sheet.parent.worksheets[2]
    offered = {}
    for validation in sheet.data_validations.dataValidation:
        sheet_name, cells = validation.formula1.rsplit("!", 1)
        assert sheet_name.strip("'") == lists.title
        first, last = cells.replace("$", "").split(":")
        values = [cell.value for row in lists[first:last] for cell in row]
        for cell_range in validation.sqref.ranges:
            assert (cell_range.min_row, cell_range.max_row) == (2, 1_048_576)  # the whole column under the header
            offered[openpyxl.utils.get_column_letter(cell_range.min_col)] = values
    return offered


def test_the_template_has_the_headers_an_example_row_and_the_explanations(unions):
    book = open_workbook(template_workbook())
    members, explanation, lists = book.worksheets
    headers = [cell.value for cell in members[1]]
    assert headers == [column.header for column in COLUMNS]
    assert "Union card number (*)" in headers and "Middle name" in headers
    example = {column.key: cell.value for column, cell in zip(COLUMNS, members[2])}
    assert example["card_number"] == EXAMPLE["card_number"] and example["family_name"] == "Nguyễn"
    assert example["sex"] == "Female" and example["ethnicity"] == "Kinh"
    assert example["born_on"].date() == EXAMPLE["born_on"]  # a real date cell…
    assert members.cell(2, 6).number_format == "DD/MM/YYYY"  # …shown as dd/mm/yyyy
    # Identity and card numbers are text cells: typed leading zeros stay.
    letter = openpyxl.utils.get_column_letter
    assert members.column_dimensions[letter(COLUMNS.index(COLUMNS_BY_KEY["citizen_id"]) + 1)].number_format == "@"
    assert example["citizen_id"] == "001190012345"
    # The second sheet explains every column: required?, format, allowed values.
    rows = [[cell.value for cell in row] for row in explanation.iter_rows()]
    explained = {row[0]: row for row in rows if row[0] in headers}
    assert set(explained) == set(headers)
    assert explained["Union card number (*)"][1] == "Required"
    assert explained["Middle name"][1] == "Optional"
    assert "Female" in explained["Sex (*)"][3]
    assert "dd/mm/yyyy" in explained["Date of birth"][2]
    assert explained["Citizen ID"][4] == "Sensitive personal data"
    assert lists.sheet_state == "hidden"


def test_coded_columns_offer_drop_downs(unions):
    members = open_workbook(template_workbook()).worksheets[0]
    offered = validations(members)
    by_key = {column.key: offered.get(openpyxl.utils.get_column_letter(i)) for i, column in enumerate(COLUMNS, start=1)}
    assert by_key["sex"] == ["Male", "Female"]
    assert len(by_key["ethnicity"]) == 54 and by_key["ethnicity"][:2] == ["Kinh", "Tày"]
    assert "Buddhism" in by_key["religion"]
    assert "University" in by_key["qualification"]
    assert by_key["education"] and by_key["political_theory"]
    assert by_key["family_name"] is None and by_key["unit"] is None  # no list: no union named


def test_for_a_union_the_unit_column_offers_its_units(unions):
    members = open_workbook(template_workbook(organisation=unions.transport)).worksheets[0]
    assert validations(members)[openpyxl.utils.get_column_letter(len(COLUMNS))] == [
        "Công đoàn bộ phận Văn phòng Sở",
        "Công đoàn bộ phận Thanh tra Sở",
    ]


def test_a_filled_in_template_imports_without_its_example_row(unions):
    official = User.objects.create_user("chair", organisation=unions.transport, union_role=UnionRole.OFFICIAL)
    book = open_workbook(template_workbook(organisation=unions.transport))
    members = book.worksheets[0]
    members.append(
        ["0000123", "Hoàng", "Văn", "Nam", "Male", "02/09/1985", "Tày", "None", "006085000123", "0915000123", "",
         "Bắc Kạn", "", "College", "", "Lái xe", "Đội xe", "01/01/2012", "", "", "", "Công đoàn bộ phận Văn phòng Sở"]
    )  # fmt: skip
    output = io.BytesIO()
    book.save(output)
    output.seek(0)
    outcome = import_members(organisation=unions.transport, file=output, filename="mau.xlsx", user=official)
    assert outcome.errors == [] and outcome.imported == 1
    member = Member.objects.get()
    assert (member.card_number, member.ethnicity, member.organisation) == ("0000123", "02", unions.office)


def test_the_template_download_leaves_out_sensitive_columns_for_viewers(client, unions):
    viewer = User.objects.create_user("viewer", organisation=unions.transport, union_role=UnionRole.VIEWER)
    clerk = User.objects.create_user("clerk", organisation=unions.transport, union_role=UnionRole.CLERK)
    sensitive = {COLUMNS_BY_KEY[key].header for key in SENSITIVE_FIELDS}
    client.force_login(clerk)
    response = client.get(reverse("members:import_template"), {"cong_doan": unions.transport.pk})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response["Content-Disposition"]
    headers = {cell.value for cell in open_workbook(response.content).worksheets[0][1]}
    assert sensitive <= headers
    client.force_login(viewer)
    headers = {
        cell.value for cell in open_workbook(client.get(reverse("members:import_template")).content).worksheets[0][1]
    }
    assert not sensitive & headers and "Union card number (*)" in headers
    # A union outside the user's subtree cannot be named.
    assert client.get(reverse("members:import_template"), {"cong_doan": unions.factory.pk}).status_code == 404
