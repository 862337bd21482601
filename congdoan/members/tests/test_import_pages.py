"""The import pages: upload → checked in the background → preview → confirm → done; problems listed and downloadable."""

import datetime
import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.members.models import ImportStatus, Member, MemberImport
from congdoan.members.spreadsheets.columns import COLUMNS_BY_KEY

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]

KEYS = ["card_number", "family_name", "middle_name", "given_name", "sex", "citizen_id", "joined_union_on"]


def upload(rows, name="danh-sach.xlsx"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([COLUMNS_BY_KEY[key].header for key in KEYS])
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    book.save(output)
    return SimpleUploadedFile(name, output.getvalue())


GOOD = [
    ["0001", "Hà", "Thị", "Thu", "Female", "001190000001", datetime.datetime(2016, 4, 1)],
    ["0002", "Ma", "Văn", "Khánh", "Male", "", "12/09/2018"],
]


@pytest.fixture
def clerk(unions):
    return User.objects.create_user("clerk", organisation=unions.transport, union_role=UnionRole.CLERK)


def imported_files(settings):
    folder = settings.PRIVATE_UPLOAD_ROOT / "imports"
    return sorted(folder.iterdir()) if folder.exists() else []


def test_upload_preview_confirm_and_done(client, unions, clerk, settings):
    client.force_login(clerk)
    url = reverse("members:import", args=[unions.transport.pk])
    page = client.get(url)
    assert page.status_code == 200 and reverse("members:import_template") in page.content.decode()
    response = client.post(url, {"file": upload(GOOD)})
    job = MemberImport.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("members:import_status", args=[job.pk])
    assert job.status == ImportStatus.READY and job.total_rows == 2
    assert len(imported_files(settings)) == 1  # kept until the import is confirmed
    page = client.get(response["Location"]).content.decode()
    assert "The file holds 2 members and no problem was found." in page
    assert f"{job.filename} has been received and is being checked." in page
    assert "Hà" in page and "Khánh" in page and "12/09/2018" in page and "01/04/2016" in page
    assert Member.objects.count() == 0  # nothing before confirmation
    response = client.post(reverse("members:import_confirm", args=[job.pk]))
    assert response.status_code == 302
    job.refresh_from_db()
    assert (job.status, job.imported, job.finished_at is not None) == (ImportStatus.DONE, 2, True)
    assert set(Member.objects.values_list("card_number", flat=True)) == {"0001", "0002"}
    assert imported_files(settings) == [] and not job.file  # the upload is deleted once imported
    page = client.get(reverse("members:import_status", args=[job.pk])).content.decode()
    assert "2 members were imported into" in page and reverse("members:list", args=[unions.transport.pk]) in page
    # Confirming again does nothing.
    client.post(reverse("members:import_confirm", args=[job.pk]))
    assert Member.objects.count() == 2


def test_problems_are_listed_on_the_page_and_downloadable(client, unions, clerk, settings):
    client.force_login(clerk)
    rows = [GOOD[0], ["0001", "Lò", "", "", "Nữ", "1234", "30/02/2019"]]
    response = client.post(reverse("members:import", args=[unions.transport.pk]), {"file": upload(rows)})
    job = MemberImport.objects.get()
    assert job.status == ImportStatus.FAILED and imported_files(settings) == []
    page = client.get(response["Location"]).content.decode()
    assert "Nothing was imported: 4 problems were found." in page
    for text in ("The same card number is in row 2.", "This column is required.", "A citizen ID has exactly 12 digits.",
                 "There is no such day.", "30/02/2019"):  # fmt: skip
        assert text in page
    assert "Confirm" not in page
    # The rows as read are shown too, with the count.
    assert "The file holds 2 members." in page and "Lò" in page
    # Confirming a failed import does nothing.
    client.post(reverse("members:import_confirm", args=[job.pk]))
    assert Member.objects.count() == 0
    report = client.get(reverse("members:import_errors", args=[job.pk]))
    assert report["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet = openpyxl.load_workbook(io.BytesIO(report.content)).worksheets[0]
    listed = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=3)]
    assert listed == [
        [3, COLUMNS_BY_KEY["card_number"].header, "0001", "The same card number is in row 2."],
        [3, COLUMNS_BY_KEY["given_name"].header, None, "This column is required."],
        [3, COLUMNS_BY_KEY["citizen_id"].header, "1234", "A citizen ID has exactly 12 digits."],
        [3, COLUMNS_BY_KEY["joined_union_on"].header, "30/02/2019", "There is no such day."],
    ]


def test_the_preview_page_warns_of_members_without_a_unit(client, unions, clerk):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([COLUMNS_BY_KEY[key].header for key in [*KEYS, "unit"]])
    for row in GOOD:
        sheet.append([*row, None])
    sheet["H2"] = unions.office.code
    output = io.BytesIO()
    book.save(output)
    client.force_login(clerk)
    response = client.post(
        reverse("members:import", args=[unions.transport.pk]),
        {"file": SimpleUploadedFile("ds.xlsx", output.getvalue())},
    )
    page = client.get(response["Location"]).content.decode()
    assert MemberImport.objects.get().status == ImportStatus.READY
    assert f"1 member has no unit in the file: it will go to {unions.transport.name} itself." in page
    assert f"(not given: goes to {unions.transport} itself)" in page


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (
            SimpleUploadedFile("ds.docx", b"PK\x03\x04..."),
            "Choose a spreadsheet: Excel (.xlsx, .xls), OpenDocument (.ods) or CSV (.csv).",
        ),
        (SimpleUploadedFile("ds.xlsx", b""), "The submitted file is empty."),
    ],
)
def test_a_wrong_upload_is_refused_on_the_form(client, unions, clerk, file, message):
    client.force_login(clerk)
    with translation.override("en"):
        response = client.post(reverse("members:import", args=[unions.transport.pk]), {"file": file})
    assert response.status_code == 200 and message in response.content.decode()
    assert not MemberImport.objects.exists()


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (
            b"Just some text, not a workbook",
            "ds.xlsx",
            "This file is not a spreadsheet (.xlsx, .xls or .ods), whatever its name says.",
        ),
        (b"PK\x03\x04" + b"\0" * 100, "ds.xlsx", "This spreadsheet is damaged or of an unknown kind"),
        ("Ghi chú\nkhông có tiêu đề\n".encode(), "ds.csv", "No row of column headers was found"),
    ],
)
def test_a_file_that_cannot_be_read_ends_as_a_clear_failure(client, unions, clerk, content, name, message):
    client.force_login(clerk)
    response = client.post(
        reverse("members:import", args=[unions.transport.pk]), {"file": SimpleUploadedFile(name, content)}
    )
    page = client.get(response["Location"])
    assert page.status_code == 200 and message in page.content.decode()
    assert MemberImport.objects.get().status == ImportStatus.FAILED


def test_the_pages_of_an_import_are_hidden_outside_the_union_and_closed_to_viewers(client, unions, clerk):
    client.force_login(clerk)
    client.post(reverse("members:import", args=[unions.transport.pk]), {"file": upload(GOOD)})
    job = MemberImport.objects.get()
    outsider = User.objects.create_user("outsider", organisation=unions.other_province, union_role=UnionRole.OFFICIAL)
    client.force_login(outsider)
    assert client.get(reverse("members:import", args=[unions.transport.pk])).status_code == 404
    for name in ("members:import_status", "members:import_errors"):
        assert client.get(reverse(name, args=[job.pk])).status_code == 404
    assert client.post(reverse("members:import_confirm", args=[job.pk])).status_code == 404
    viewer = User.objects.create_user("viewer", organisation=unions.transport, union_role=UnionRole.VIEWER)
    client.force_login(viewer)
    assert client.get(reverse("members:import", args=[unions.transport.pk])).status_code == 403
    assert client.post(reverse("members:import", args=[unions.transport.pk]), {"file": upload(GOOD)}).status_code == 403
    assert client.get(reverse("members:import_status", args=[job.pk])).status_code == 403
    assert client.post(reverse("members:import_confirm", args=[job.pk])).status_code == 403
    assert MemberImport.objects.count() == 1 and Member.objects.count() == 0
    # A clerk of a branch does not see the grassroots union's imports.
    branch_clerk = User.objects.create_user("b", organisation=unions.office, union_role=UnionRole.CLERK)
    client.force_login(branch_clerk)
    assert client.get(reverse("members:import_status", args=[job.pk])).status_code == 404


def test_a_page_in_progress_refreshes_itself(client, unions, clerk):
    job = MemberImport.objects.create(
        organisation=unions.transport, user=clerk, filename="lon.xlsx", status=ImportStatus.VALIDATING,
        total_rows=100_000, processed_rows=25_000,
    )  # fmt: skip
    client.force_login(clerk)
    page = client.get(reverse("members:import_status", args=[job.pk])).content.decode()
    assert '<meta http-equiv="refresh"' in page
    assert "Checking: 25000 of about 100000 rows" in page or "Checking: 25,000 of about 100,000 rows" in page


def test_an_unexpected_error_ends_the_job_and_imports_nothing(client, unions, clerk, settings, monkeypatch):
    from congdoan.accounts import audit

    def broken(*args, **kwargs):
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(audit, "record_creations", broken)
    client.force_login(clerk)
    client.post(reverse("members:import", args=[unions.transport.pk]), {"file": upload(GOOD)})
    job = MemberImport.objects.get()
    response = client.post(reverse("members:import_confirm", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == ImportStatus.FAILED and Member.objects.count() == 0 and imported_files(settings) == []
    page = client.get(response["Location"]).content.decode()
    assert "An unexpected error stopped the import; nothing was imported." in page
