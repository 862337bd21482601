"""
No upload can hold the import for long or fill its memory: zip bombs, lying
archives, sheets spanning billions of cells and malformed XML all get a clear
answer quickly, and nothing is imported.
"""

import io
import struct
import time
import zipfile

import openpyxl
import pytest

from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.members.models import Member
from congdoan.members.spreadsheets import reading
from congdoan.members.spreadsheets.checking import preview
from congdoan.members.spreadsheets.columns import COLUMNS_BY_KEY
from congdoan.members.spreadsheets.importing import import_members
from congdoan.members.tests.test_import_reader import ods

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]

KEYS = ["card_number", "family_name", "middle_name", "given_name", "sex", "joined_union_on"]
SHEET = "xl/worksheets/sheet1.xml"


@pytest.fixture
def official(unions):
    return User.objects.create_user("chair", organisation=unions.transport, union_role=UnionRole.OFFICIAL)


def member_list(rows=3):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([COLUMNS_BY_KEY[key].header for key in KEYS])
    for number in range(1, rows + 1):
        sheet.append([f"{number:05d}", "Nguyễn", "Văn", "An", "Nam", "01/06/2015"])
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def rewritten(content, **parts):
    """``content`` with some parts replaced (name → bytes, or a function of the old bytes)."""
    source = zipfile.ZipFile(io.BytesIO(content))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            data = source.read(member)
            change = parts.get(member.filename)
            target.writestr(member.filename, change(data) if callable(change) else data if change is None else change)
    return output.getvalue()


def check(unions, official, content, filename="ds.xlsx"):
    """The preview's problems, and how long it took; nothing may be imported."""
    started = time.monotonic()
    result = preview(organisation=unions.transport, file=io.BytesIO(content), filename=filename, user=official)
    elapsed = time.monotonic() - started
    assert Member.objects.count() == 0
    return [error.reason for error in result.errors], elapsed


def test_a_valid_list_still_imports(unions, official):
    outcome = import_members(
        organisation=unions.transport, file=io.BytesIO(member_list()), filename="ds.xlsx", user=official
    )
    assert outcome.errors == [] and outcome.imported == 3


def test_80000_unclosed_row_tags_are_answered_at_once(unions, official):
    """The hand-written reader's row pattern took 238 s on this 5 KB file (quadratic); now it is linear."""
    content = rewritten(member_list(), **{SHEET: lambda xml: xml.replace(b"</sheetData>", b"<row" * 80_000)})
    assert len(content) < 10_000
    reasons, elapsed = check(unions, official, content)
    assert reasons == [
        "This spreadsheet is damaged or of an unknown kind: open it in Excel or LibreOffice and save it again."
    ]
    assert elapsed < 2


def zip_bomb(declared_bytes, sheet=b"\0" * (8 << 20)):
    """
    A workbook whose sheet part declares ``declared_bytes``: by default a real stream
    of 8 MB of zeros (8 KB packed), its sizes in the headers raised to
    ``declared_bytes``, as a 1 MB file inflating to 1 GB would declare them.
    """
    content = rewritten(member_list(), **{SHEET: sheet})
    packed = bytearray(content)
    archive = zipfile.ZipFile(io.BytesIO(content))
    info = archive.getinfo(SHEET)
    struct.pack_into("<I", packed, info.header_offset + 22, declared_bytes)  # local header: uncompressed size
    central = archive.start_dir
    while True:  # the central directory entry of the sheet
        name_length = struct.unpack_from("<H", packed, central + 28)[0]
        if packed[central + 46 : central + 46 + name_length] == SHEET.encode():
            break
        central = bytes(packed).index(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", packed, central + 24, declared_bytes)
    return bytes(packed)


def test_a_zip_bomb_is_refused_on_its_declared_size_without_inflating(unions, official):
    content = zip_bomb(2**30)  # 1 GB
    assert zipfile.ZipFile(io.BytesIO(content)).getinfo(SHEET).file_size == 2**30
    reasons, elapsed = check(unions, official, content)
    assert reasons == ["The workbook would unpack to more than 256 MB: split it into several files."]
    assert elapsed < 1  # inflating 1 GB would take several seconds


def test_a_zip_bomb_within_the_size_caps_is_refused_on_its_ratio(unions, official):
    content = zip_bomb(200 << 20)  # 200 MB declared, about 8 KB packed
    reasons, elapsed = check(unions, official, content)
    assert len(reasons) == 1 and reasons[0].startswith("The workbook is packed far more tightly than a spreadsheet")
    assert elapsed < 1


def test_an_archive_inflating_beyond_its_declared_size_is_refused(unions, official):
    """A lying size is never trusted: the copy the parser reads holds only the declared bytes, checked."""
    xml = zipfile.ZipFile(io.BytesIO(member_list())).read(SHEET)
    rows = b'<row><c t="inlineStr"><is><t>1</t></is></c></row>'
    sheet = xml.replace(b"</sheetData>", rows * 500_000 + b"</sheetData>")  # 25 MB of valid rows
    content = zip_bomb(1000, sheet)  # … declared as 1,000 bytes
    reasons, elapsed = check(unions, official, content)
    assert reasons == [
        "This spreadsheet is damaged or of an unknown kind: open it in Excel or LibreOffice and save it again."
    ]
    assert elapsed < 1


def test_too_many_parts_are_refused(unions, official, monkeypatch):
    monkeypatch.setattr(reading, "MAX_ARCHIVE_MEMBERS", 5)
    reasons, _elapsed = check(unions, official, member_list())
    assert len(reasons) == 1 and reasons[0].startswith("The workbook holds")


def test_a_cell_far_away_is_refused_before_the_sheet_is_laid_out(unions, official):
    """calamine lays out every cell up to the last: XFD1048576 would ask for 550 GB and abort the process."""
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    content = rewritten(member_list(), **{SHEET: lambda xml: xml.replace(b"</sheetData>", far)})
    reasons, elapsed = check(unions, official, content)
    assert reasons == [
        "The sheet spans 1048576 rows × 16384 columns, more than 10000000 cells: "
        "delete the rows and columns far below or right of the list, or split it."
    ]
    assert elapsed < 1


def test_a_stray_cell_far_below_the_list_is_refused_rather_than_walked_to(unions, official):
    """A5000000 spans 5 million cells (under the cap) for a 5 KB file: the area must match the content."""
    far = b'<row r="5000000"><c r="A5000000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    content = rewritten(member_list(), **{SHEET: lambda xml: xml.replace(b"</sheetData>", far)})
    reasons, elapsed = check(unions, official, content)
    assert len(reasons) == 1 and reasons[0].startswith("The sheet spans 5000000 rows × 6 columns")
    assert elapsed < 1


def test_cells_without_references_are_bounded_too(unions, official):
    """Cells without r="…" are placed by counting: 4,000 in row 1 and one in row 3,000 span 12 million cells."""
    cells = b"<row>" + b"<c><v>1</v></c>" * 4000 + b"</row>" + b"<row/>" * 3000 + b"<row><c><v>1</v></c></row>"
    content = rewritten(member_list(), **{SHEET: lambda xml: xml.replace(b"</sheetData>", cells + b"</sheetData>")})
    reasons, elapsed = check(unions, official, content)
    assert len(reasons) == 1 and reasons[0].startswith("The sheet spans")
    assert elapsed < 1


def test_a_sheet_in_utf16_is_refused(unions, official):
    content = rewritten(
        member_list(),
        **{SHEET: lambda xml: xml.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")},
    )
    reasons, _elapsed = check(unions, official, content)
    assert reasons == [
        "This spreadsheet is damaged or of an unknown kind: open it in Excel or LibreOffice and save it again."
    ]


def test_repeated_cells_of_an_opendocument_sheet_are_bounded(unions, official):
    """1,000 rows × 16,384 columns of one repeated value: a 2 KB file that took calamine 7 s and gigabytes."""
    content = ods(repeat=' table:number-rows-repeated="1000"', columns=' table:number-columns-repeated="16384"')
    assert len(content) < 3000
    reasons, elapsed = check(unions, official, content, "ds.ods")
    assert len(reasons) == 1 and reasons[0].startswith("The sheet spans")
    assert elapsed < 1


def test_the_check_of_a_file_has_a_time_limit(unions, official, monkeypatch):
    monkeypatch.setattr(reading, "CHECK_SECONDS", -1)  # the deadline is already past when the check starts
    lines = [";".join(COLUMNS_BY_KEY[key].header for key in KEYS)]
    lines += [f"{number:05d};Nguyễn;Văn;An;Nam;01/06/2015" for number in range(1, 301)]
    for content, name in ((member_list(300), "ds.xlsx"), ("\n".join(lines).encode(), "ds.csv")):
        reasons, _elapsed = check(unions, official, content, name)
        assert reasons == ["The file took too long to check (more than -1 seconds): split it into several files."]


def test_a_job_past_its_time_limit_fails_with_the_reason_and_imports_nothing(client, unions, official, monkeypatch):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from congdoan.members.models import ImportStatus, MemberImport

    monkeypatch.setattr(reading, "CHECK_SECONDS", 0)
    monkeypatch.setattr(reading, "ROWS_PER_CLOCK_CHECK", 1)
    client.force_login(official)
    client.post(
        reverse("members:import", args=[unions.transport.pk]),
        {"file": SimpleUploadedFile("ds.xlsx", member_list(20))},
    )
    job = MemberImport.objects.get()
    assert job.status == ImportStatus.FAILED and Member.objects.count() == 0
    assert job.errors[0]["reason"].startswith("The file took too long to check")
