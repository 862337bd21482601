"""Importing members from a spreadsheet: all rows or none, every problem reported where it is."""

import datetime
import io

import openpyxl
import pytest
from django.utils import translation
from wagtail.models import ModelLogEntry

from congdoan.accounts import audit
from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.members.models import Member, Membership
from congdoan.members.spreadsheets.checking import RowError, preview
from congdoan.members.spreadsheets.columns import COLUMNS_BY_KEY, EXAMPLE
from congdoan.members.spreadsheets.importing import import_members
from congdoan.members.vocabularies import Education, PeriodStart, Religion, Sex
from congdoan.registry_fixtures import admit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]


def header(key):
    return COLUMNS_BY_KEY[key].header


class _Headers:
    def get(self, name, default):
        return header(name) if name in COLUMNS_BY_KEY else default

    def __getitem__(self, name):
        return header(name)


HEADERS = _Headers()


def workbook(rows, headers=None):
    """An .xlsx file object: ``rows`` under ``headers`` (keys of the columns, or header texts)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([HEADERS.get(name, name) for name in headers or ROW_KEYS])
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    book.save(output)
    output.seek(0)
    return output


ROW_KEYS = [
    "card_number",
    "family_name",
    "middle_name",
    "given_name",
    "sex",
    "born_on",
    "citizen_id",
    "phone",
    "joined_union_on",
]


def row(card="0001", family="Nguyễn", middle="Văn", given="An", sex="Nam", born=datetime.datetime(1990, 5, 2),
        citizen_id="001090000001", phone="0912345678", joined="01/06/2015"):  # fmt: skip
    return [card, family, middle, given, sex, born, citizen_id, phone, joined]


@pytest.fixture
def official(unions):
    return User.objects.create_user("chair", organisation=unions.transport, union_role=UnionRole.OFFICIAL)


def run(unions, official, file, filename="danh-sach.xlsx", organisation=None):
    return import_members(organisation=organisation or unions.transport, file=file, filename=filename, user=official)


def errors_by_cell(outcome):
    return {(error.row, error.column): error for error in outcome.errors}


def test_a_valid_file_imports_every_row_with_its_history_and_audit_entry(unions, official):
    file = workbook([row(), row(card="0002", given="Bình", sex="Nữ", citizen_id="001190000002", phone="0987654321")])
    done = []
    outcome = import_members(
        organisation=unions.transport,
        file=file,
        filename="ds.xlsx",
        user=official,
        progress=lambda *counts: done.append(counts),
    )
    assert outcome.errors == [] and outcome.imported == 2
    assert done[-1] == (2, 2)
    an = Member.objects.get(card_number="0001")
    assert (an.full_name, an.sex, an.born_on, an.citizen_id, an.phone) == (
        "Nguyễn Văn An",
        Sex.MALE,
        datetime.date(1990, 5, 2),
        "001090000001",
        "0912345678",
    )
    assert an.organisation == unions.transport and an.joined_union_on == datetime.date(2015, 6, 1)
    # Defaults of the columns the file leaves out.
    assert (an.ethnicity, an.religion, an.education) == ("01", Religion.NONE, "")
    # Derived fields are filled although bulk_create skips save(): the name sorts and is found without accents.
    assert an.name_folded == " nguyen van an " and an.name_key
    period = Membership.objects.get(member=an)
    assert (period.organisation, period.started_on, period.start_reason, period.ended_on) == (
        unions.transport,
        datetime.date(2015, 6, 1),
        PeriodStart.JOINED,
        None,
    )
    entry = ModelLogEntry.objects.for_instance(an).get()
    assert (entry.action, entry.user, entry.label) == (audit.IMPORT, official, "Nguyễn Văn An")
    changes = {change["field"]: change["after"] for change in entry.data["changes"]}
    assert changes["card_number"] == "0001" and changes["joined_union_on"] == "2015-06-01"
    assert "ds.xlsx" in entry.data["note"]
    assert audit.readable_entries(an, official)[0]["entry"] == entry


def test_one_bad_row_imports_nothing_and_every_problem_is_reported(unions, official):
    admit(unions.school, card_number="TAKEN-1", citizen_id="001090000099")
    headers = [*ROW_KEYS, "ethnicity", "religion", "party_admitted_on", "party_confirmed_on", "unit"]
    rows = [
        row() + ["Kinh", "", None, None, None],  # row 2: fine
        row(card="", given="", joined="") + ["", "", None, None, None],  # row 3: three required cells empty
        row(card="0004", sex="Không rõ", joined="31/02/2020") + ["Kinhh", "", None, None, None],  # row 4
        row(card="0005", citizen_id="1234") + ["", "", None, "01/01/2020", "Không có đơn vị này"],  # row 5
        row(card="0001", citizen_id="001090000001") + ["", "", None, None, None],  # row 6: same as row 2
        row(card="TAKEN-1", citizen_id="001090000099") + ["", "", None, None, None],  # row 7: in the registry
    ]
    outcome = run(unions, official, workbook(rows, headers))
    assert outcome.imported == 0
    assert Member.objects.count() == 1  # only the one admitted above
    found = {(error.row, error.column): (error.value, error.reason) for error in outcome.errors}
    required = "This column is required."
    assert found[(3, header("card_number"))] == ("", required)
    assert found[(3, header("given_name"))] == ("", required)
    assert found[(3, header("joined_union_on"))] == ("", required)
    assert found[(4, header("sex"))][0] == "Không rõ"
    assert found[(4, header("sex"))][1].startswith("Not one of the values of the list")
    assert found[(4, header("joined_union_on"))] == ("31/02/2020", "There is no such day.")
    assert found[(4, header("ethnicity"))][0] == "Kinhh"
    assert found[(5, header("citizen_id"))] == ("1234", "A citizen ID has exactly 12 digits.")
    assert found[(5, header("party_confirmed_on"))] == (
        "01/01/2020",
        "A full Party member was first admitted as probationary.",
    )
    assert found[(5, header("unit"))] == (
        "Không có đơn vị này",
        "There is no unit with this code or name in Công đoàn cơ sở Sở Giao thông vận tải.",
    )
    assert found[(6, header("card_number"))] == ("0001", "The same card number is in row 2.")
    assert found[(6, header("citizen_id"))] == ("001090000001", "The same citizen ID is in row 2.")
    # The member holding them is in another grassroots union, outside the official's scope.
    assert found[(7, header("card_number"))] == (
        "TAKEN-1",
        "This card number is already recorded for a member outside your union: check it, or ask the upper union.",
    )
    assert found[(7, header("citizen_id"))] == (
        "001090000099",
        "This citizen ID is already recorded for a member outside your union: check it, or ask the upper union.",
    )
    # In spreadsheet order.
    assert [error.row for error in outcome.errors] == sorted(error.row for error in outcome.errors)
    assert all(isinstance(error, RowError) for error in outcome.errors)


def test_party_dates_are_checked_against_each_other(unions, official):
    headers = [*ROW_KEYS, "party_admitted_on", "party_confirmed_on"]
    rows = [
        row(card="1", citizen_id=None) + [None, "01/01/2020"],
        row(card="2", citizen_id=None) + ["01/01/2021", "01/01/2020"],
        row(card="3", citizen_id=None, born="01/01/2000", joined="01/01/1999") + [None, None],
    ]
    found = errors_by_cell(run(unions, official, workbook(rows, headers)))
    assert found[(2, header("party_confirmed_on"))].reason == "A full Party member was first admitted as probationary."
    assert found[(3, header("party_confirmed_on"))].reason == "Full membership cannot come before admission."
    assert found[(4, header("joined_union_on"))].reason == "The member cannot have joined the union before being born."


def test_the_day_a_member_left_the_party_is_checked_against_the_other_party_dates(unions, official):
    headers = [*ROW_KEYS, "party_admitted_on", "party_confirmed_on", "party_left_on"]
    rows = [
        row(card="1", citizen_id=None) + [None, None, "01/01/2020"],
        row(card="2", citizen_id=None) + ["01/01/2021", None, "01/01/2020"],
        row(card="3", citizen_id=None) + ["01/01/2018", "01/01/2019", "01/01/2019"],
        row(card="4", citizen_id=None) + ["01/01/2018", None, "01/06/2018"],
    ]
    outcome = run(unions, official, workbook(rows, headers))
    found = errors_by_cell(outcome)
    assert found[(2, header("party_left_on"))].reason == "Only a member admitted to the Party can leave it."
    assert found[(3, header("party_left_on"))].reason == "Leaving the Party must come after admission."
    assert found[(4, header("party_left_on"))].reason == "Leaving the Party must come after becoming a full member."
    assert (5, header("party_left_on")) not in found
    assert outcome.imported == 0 and not Member.objects.exists()  # one bad row: nothing imported


def test_dates_may_be_excel_dates_or_dd_mm_yyyy_text(unions, official):
    rows = [
        row(card="1", citizen_id=None, born=datetime.datetime(1985, 12, 31), joined=datetime.datetime(2010, 1, 2)),
        row(card="2", citizen_id=None, born="5/3/1986", joined="02/01/2010"),
        row(card="3", citizen_id=None, born="1987-04-30", joined="2.1.2010"),
    ]
    assert run(unions, official, workbook(rows)).imported == 3
    assert list(Member.objects.order_by("card_number").values_list("born_on", "joined_union_on")) == [
        (datetime.date(1985, 12, 31), datetime.date(2010, 1, 2)),
        (datetime.date(1986, 3, 5), datetime.date(2010, 1, 2)),
        (datetime.date(1987, 4, 30), datetime.date(2010, 1, 2)),
    ]


def test_wrong_dates_are_explained(unions, official):
    future = (datetime.date.today() + datetime.timedelta(days=3)).strftime("%d/%m/%Y")
    rows = [
        row(card="1", citizen_id=None, joined=future),
        row(card="2", citizen_id=None, joined="tháng 5"),
        row(card="3", citizen_id=None, joined=40000),
        row(card="4", citizen_id=None, born="01/01/1850"),
    ]
    found = errors_by_cell(run(unions, official, workbook(rows)))
    assert found[(2, header("joined_union_on"))].reason == "This date is in the future."
    assert found[(3, header("joined_union_on"))].reason == "Not a date: type it as dd/mm/yyyy."
    assert found[(4, header("joined_union_on"))].value == "40000"
    assert found[(4, header("joined_union_on"))].reason.startswith("A number, not a date")
    assert found[(5, header("born_on"))].reason == "A date before 1900 cannot be right."


def test_identity_card_and_phone_numbers_keep_their_leading_zeros(unions, official):
    rows = [
        row(card="000123", citizen_id="001090000123", phone="0912000111"),
        # Number cells: the citizen ID and the phone number lost their zeros; they come back (12 digits;
        # the trunk 0). A card number has no fixed length: it is taken as the spreadsheet shows it.
        row(card=4567, citizen_id=1090000124, phone=912000222),
    ]
    assert run(unions, official, workbook(rows)).imported == 2
    assert list(Member.objects.order_by("pk").values_list("card_number", "citizen_id", "phone")) == [
        ("000123", "001090000123", "0912000111"),
        ("4567", "001090000124", "0912000222"),
    ]


def test_a_number_cell_that_cannot_be_a_citizen_id_is_reported(unions, official):
    outcome = run(unions, official, workbook([row(citizen_id=1234567890123)]))
    assert outcome.errors == [RowError(2, header("citizen_id"), "1234567890123", "A citizen ID has exactly 12 digits.")]


def test_coded_columns_take_the_label_without_accents_or_case_and_the_code(unions, official):
    headers = [*ROW_KEYS, "ethnicity", "religion", "education"]
    rows = [
        row(card="1", citizen_id=None, sex="NỮ") + ["tày", "phat giao", str(Education.UPPER_SECONDARY.label)],
        row(card="2", citizen_id=None, sex="nu") + ["03", "Công giáo", "THPT"],
        row(card="3", citizen_id=None, sex="F") + [7, "buddhism", "upper_secondary"],
        row(card="4", citizen_id=None, sex="male") + ["Khơ me", "", ""],
    ]
    outcome = run(unions, official, workbook(rows, headers))
    assert outcome.errors == []
    assert list(Member.objects.order_by("card_number").values_list("sex", "ethnicity", "religion", "education")) == [
        (Sex.FEMALE, "02", Religion.BUDDHISM, Education.UPPER_SECONDARY),
        (Sex.FEMALE, "03", Religion.CATHOLICISM, Education.UPPER_SECONDARY),
        (Sex.FEMALE, "07", Religion.BUDDHISM, Education.UPPER_SECONDARY),
        (Sex.MALE, "05", Religion.NONE, ""),
    ]


def test_the_unit_column_places_members_in_units_of_the_union(unions, official):
    rows = [
        row(card="1", citizen_id=None) + [unions.office.code],
        row(card="2", citizen_id=None) + ["cong doan bo phan thanh tra so"],
        row(card="3", citizen_id=None) + [None],
    ]
    outcome = run(unions, official, workbook(rows, [*ROW_KEYS, "unit"]))
    assert outcome.errors == []
    placed = dict(Member.objects.values_list("card_number", "organisation"))
    assert placed == {"1": unions.office.pk, "2": unions.inspectorate.pk, "3": unions.transport.pk}
    assert Membership.objects.get(member__card_number="2").organisation == unions.inspectorate


def test_a_unit_merged_down_the_rows_of_its_branch_applies_to_each_of_them(unions, official):
    """
    Official lists merge the unit cell down all rows of a branch; only the top cell
    holds the value. Every member of the block goes to the branch, none to the union.
    """
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([HEADERS[key] for key in [*ROW_KEYS, "unit"]])
    for number in range(1, 13):
        sheet.append(row(card=f"{number:04d}", citizen_id=None) + [None])
    unit = len(ROW_KEYS) + 1
    sheet.cell(2, unit, unions.office.code)
    sheet.merge_cells(start_row=2, start_column=unit, end_row=7, end_column=unit)
    sheet.cell(8, unit, unions.inspectorate.name)
    sheet.merge_cells(start_row=8, start_column=unit, end_row=13, end_column=unit)
    output = io.BytesIO()
    book.save(output)
    output.seek(0)
    outcome = run(unions, official, output)
    assert outcome.errors == [] and outcome.imported == 12
    placed = dict(Member.objects.values_list("card_number", "organisation"))
    assert placed == {
        **{f"{number:04d}": unions.office.pk for number in range(1, 7)},
        **{f"{number:04d}": unions.inspectorate.pk for number in range(7, 13)},
    }


def test_the_preview_says_which_members_have_no_unit_and_go_to_the_union_itself(unions, official):
    rows = [row(card="1", citizen_id=None) + [unions.office.code], row(card="2", citizen_id=None) + [None]]
    result = preview(
        organisation=unions.transport, file=workbook(rows, [*ROW_KEYS, "unit"]), filename="ds.xlsx", user=official
    )
    assert result.ok and result.unitless_rows == 1
    unit = result.headers.index(header("unit"))
    assert result.rows[0][unit] == str(unions.office)
    assert result.rows[1][unit] == f"(not given: goes to {unions.transport} itself)"


def test_a_unit_outside_the_union_is_unknown(unions, official):
    outcome = run(unions, official, workbook([row() + [unions.school.code]], [*ROW_KEYS, "unit"]))
    assert outcome.imported == 0
    assert outcome.errors[0].reason.startswith("There is no unit with this code or name")


def test_an_upper_level_union_needs_the_unit_column(unions):
    province_official = User.objects.create_user("p", organisation=unions.province, union_role=UnionRole.OFFICIAL)
    outcome = run(unions, province_official, workbook([row()]), organisation=unions.upper)
    assert outcome.imported == 0 and outcome.errors[0].row is None
    assert "holds no members itself" in outcome.errors[0].reason
    rows = [row(card="1") + [unions.upper.code], row(card="2", citizen_id=None) + [None]]
    found = errors_by_cell(
        run(unions, province_official, workbook(rows, [*ROW_KEYS, "unit"]), organisation=unions.upper)
    )
    assert found[(2, header("unit"))].reason == (
        "Công đoàn Viên chức tỉnh is a Upper-level union: members belong to a grassroots union or a unit inside one."
    )
    assert found[(3, header("unit"))].reason.startswith("Name the unit this member belongs to")
    rows = [row(card="1") + [unions.school.code]]
    outcome = run(unions, province_official, workbook(rows, [*ROW_KEYS, "unit"]), organisation=unions.upper)
    assert outcome.imported == 1 and Member.objects.get().organisation == unions.school


def test_csv_in_utf8_with_or_without_bom_and_either_separator(unions, official):
    lines = [
        ";".join(HEADERS[key] for key in ROW_KEYS),
        "0001;Nguyễn;Thị;Hoa;Nữ;15/03/1990;001190000001;0912345678;01/06/2015",
    ]
    with_bom = ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")
    assert run(unions, official, io.BytesIO(with_bom), "ds.csv").imported == 1
    lines = [",".join(HEADERS[key] for key in ROW_KEYS), '0002,Trần,,"Minh",Nam,,,,02/06/2015']
    assert run(unions, official, io.BytesIO("\n".join(lines).encode()), "ds.csv").imported == 1
    assert list(Member.objects.order_by("card_number").values_list("card_number", "given_name", "citizen_id")) == [
        ("0001", "Hoa", "001190000001"),
        ("0002", "Minh", None),
    ]


def test_the_example_row_of_the_template_is_skipped(unions, official):
    example = [EXAMPLE[key] if key != "sex" else "Nữ" for key in ROW_KEYS]
    outcome = run(unions, official, workbook([example, row()]))
    assert outcome.errors == [] and outcome.imported == 1
    assert not Member.objects.filter(card_number=EXAMPLE["card_number"]).exists()


def test_preview_shows_the_first_rows_as_read_the_count_and_writes_nothing(unions, official):
    rows = [row(card=f"{n:04d}", citizen_id=None, born="02/05/1990") for n in range(1, 26)]
    result = preview(organisation=unions.transport, file=workbook(rows), filename="ds.xlsx", user=official)
    assert result.ok and result.total_rows == 25 and len(result.rows) == 10
    assert result.headers[:2] == [header("card_number"), header("family_name")]
    assert result.rows[0][:6] == ["0001", "Nguyễn", "Văn", "An", str(Sex.MALE.label), "02/05/1990"]
    assert result.row_numbers[:2] == [2, 3]
    assert Member.objects.count() == 0


@pytest.mark.parametrize(
    ("content", "filename", "reason"),
    [
        (b"", "ds.xlsx", "The file is empty."),
        (b"%PDF-1.4 whatever", "ds.pdf", "Choose a spreadsheet: Excel (.xlsx, .xls), OpenDocument (.ods) or CSV"),
        (b"Ho;Ten\nNguyen;An\n", "ds.xlsx", "This file is not a spreadsheet (.xlsx, .xls or .ods), whatever its name"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "ds.xls", "This spreadsheet is damaged or of an unknown"),
        (b"PK\x03\x04 broken zip", "ds.xlsx", "This spreadsheet is damaged or of an unknown kind"),
        ("Tên;Ghi chú\nAn;Bà\n".encode("cp1258"), "ds.csv", "The CSV file is not in UTF-8"),
        ("Họ và tên;Ghi chú\nNguyễn An;x\n".encode(), "ds.csv", "No row of column headers was found"),
    ],
)
def test_a_file_that_cannot_be_read_is_explained_and_nothing_happens(unions, official, content, filename, reason):
    outcome = run(unions, official, io.BytesIO(content), filename)
    assert outcome.imported == 0 and len(outcome.errors) == 1
    assert outcome.errors[0].reason.startswith(reason)


def test_unknown_and_missing_headers_are_reported_with_the_header_row(unions, official):
    file = workbook(
        [["1", "Nguyễn", "An", "x", "y"]], ["card_number", "family_name", "given_name", "Màu áo", "Họ và tên"]
    )
    found = errors_by_cell(run(unions, official, file))
    assert found[(1, "Màu áo")].reason == "Unknown column: use the headers of the import template."
    assert found[(1, "Họ và tên")].reason == (
        "Put the full name in three columns: “Family name (*)”, “Middle name” and “Given name (*)”."
    )
    file = workbook([["1", "Nguyễn", "An"]], ["card_number", "family_name", "given_name"])
    found = errors_by_cell(run(unions, official, file))
    assert set(found) == {(1, header("sex")), (1, header("joined_union_on"))}
    assert found[(1, header("sex"))].reason == "This required column is missing."


def test_headers_are_recognised_in_vietnamese_without_the_required_mark(unions, official):
    file = workbook(
        [["01", "Lê", "Thị", "Mai", "Nữ", "01/01/2020"]],
        ["Số thẻ", "Họ", "Tên đệm", "Tên", "Giới tính", "ngay vao cong doan"],
    )
    assert run(unions, official, file).imported == 1


def test_a_title_above_the_headers_and_a_row_number_column_are_fine(unions, official):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["DANH SÁCH ĐOÀN VIÊN CÔNG ĐOÀN CƠ SỞ"])
    sheet.append([])
    sheet.append(["STT", *(HEADERS[key] for key in ROW_KEYS)])
    sheet.append([1, *row()])
    sheet.append([])  # blank rows are skipped
    sheet.append([2, *row(card="0002", citizen_id="001090000002", given="Bình")])
    output = io.BytesIO()
    book.save(output)
    output.seek(0)
    outcome = run(unions, official, output)
    assert outcome.errors == [] and outcome.imported == 2
    bad = io.BytesIO()
    sheet.append([3, *row(card="0002", citizen_id=None)])
    book.save(bad)
    bad.seek(0)
    assert [(error.row, error.reason) for error in run(unions, official, bad).errors][-1] == (
        7,
        "The same card number is in row 6.",
    )


def test_a_dissolved_or_foreign_union_takes_no_import(unions, official):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        run(unions, official, workbook([row()]), organisation=unions.factory)
    viewer = User.objects.create_user("v", organisation=unions.transport, union_role=UnionRole.VIEWER)
    with pytest.raises(PermissionDenied):
        run(unions, viewer, workbook([row()]))


def test_too_large_files_are_refused_before_reading(unions, official, monkeypatch):
    from congdoan.members.spreadsheets import checking as member_import
    from congdoan.members.spreadsheets import reading

    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1000)
    outcome = run(unions, official, workbook([row()]))
    assert outcome.errors[0].reason == "The file is larger than 0 MB: split it into several files."
    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 10**8)
    monkeypatch.setattr(member_import, "MAX_ROWS", 2)
    rows = [row(card=str(n), citizen_id=None) for n in range(3)]
    outcome = run(unions, official, workbook(rows))
    assert (
        outcome.imported == 0
        and outcome.errors[0].reason == "The file has more than 2 rows: split it into several files."
    )


@pytest.mark.parametrize("language", ["en", "vi"])
def test_every_header_and_coded_word_means_one_thing(language):
    from congdoan.members.spreadsheets.columns import COLUMNS, IGNORED_HEADERS, _in_languages, match_key, value_lookup

    with translation.override(language):
        owners = {}
        for column in COLUMNS:
            for text in {*_in_languages(lambda column=column: column.label), *column.aliases}:
                owners.setdefault(match_key(text), set()).add(column.key)
        assert {key: keys for key, keys in owners.items() if len(keys) > 1} == {}
        assert not {match_key(text) for text in IGNORED_HEADERS} & set(owners)
        for column in COLUMNS:
            if column.choices:
                lookup = value_lookup(column)
                assert {code for code, _label in column.choices} <= set(lookup.values())
                assert all(lookup.get(match_key(label)) == code for code, label in column.choices)
