"""
Spreadsheets are read by calamine through spreadsheets.reading; the rows it
yields are what the checker expects: column A at index 0, None for an empty
cell, the row numbers the spreadsheet shows, dates as dates, and a merged
cell's value in every cell it covers.
"""

import datetime
import io
import zipfile

import openpyxl
import pytest
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from congdoan.members.spreadsheets.reading import Unreadable, open_table

pytestmark = pytest.mark.usefixtures("in_english")


def read(content, name="x.xlsx"):
    with open_table(io.BytesIO(content), name) as table:
        return [(number, _trimmed(values)) for number, values in table.rows]


def _trimmed(values):
    values = list(values)
    while values and values[-1] is None:
        values.pop()
    return tuple(values)


def non_empty(rows):
    return [(number, values) for number, values in rows if values]


def saved(book):
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def test_a_workbook_written_by_openpyxl_reads_as_the_checker_expects():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["a & b <c>", 1, 2.5, True, datetime.datetime(2020, 1, 2), None, "x"])
    sheet.append([None, None, "line1\nline2", None, -3, 1e20, "0012"])
    sheet["J5"] = "far"
    sheet["A7"] = CellRichText(["plain ", TextBlock(InlineFont(b=True), "bold")])
    sheet.append(["Nguyễn Thị Ánh", "đ", " spaced  ", False, datetime.date(1999, 12, 31), 0, "  "])
    sheet["C9"] = 44000
    sheet["C9"].number_format = "DD/MM/YYYY"
    sheet["D10"] = datetime.datetime(2021, 3, 4, 8, 30)
    assert non_empty(read(saved(book))) == [
        (1, ("a & b <c>", 1.0, 2.5, True, datetime.date(2020, 1, 2), None, "x")),
        (2, (None, None, "line1\nline2", None, -3.0, 1e20, "0012")),
        (5, (*(None,) * 9, "far")),
        (7, ("plain bold",)),
        (8, ("Nguyễn Thị Ánh", "đ", " spaced  ", False, datetime.date(1999, 12, 31), 0.0, "  ")),
        (9, (None, None, datetime.date(2020, 6, 18))),
        (10, (None, None, None, datetime.datetime(2021, 3, 4, 8, 30))),
    ]


def test_a_sheet_starting_below_and_right_of_a1_keeps_its_row_and_column_numbers():
    book = openpyxl.Workbook()
    book.active["C3"] = "first"
    book.active["E6"] = "last"
    assert non_empty(read(saved(book))) == [(3, (None, None, "first")), (6, (None, None, None, None, "last"))]


def test_a_merged_cell_gives_its_value_to_every_cell_it_covers():
    book = openpyxl.Workbook()
    sheet = book.active
    for number in range(1, 7):
        sheet.append([number, None, "x"])
    sheet["B2"] = "Tổ 1"
    sheet.merge_cells("B2:B4")
    sheet["A6"] = "wide"
    sheet.merge_cells("A6:C6")
    assert read(saved(book)) == [
        (1, (1.0, None, "x")),
        (2, (2.0, "Tổ 1", "x")),
        (3, (3.0, "Tổ 1", "x")),
        (4, (4.0, "Tổ 1", "x")),
        (5, (5.0, None, "x")),
        (6, ("wide", "wide", "wide")),
    ]


SHEET = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<dimension ref="A1:D4"/><sheetData>
<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c></row>
<row r="2" spans="1:4"><c r="A2" s="1"><v>33604</v></c><c r="B2"><v>1099000123</v></c><c r="C2" t="s"><v>3</v></c>\
<c r="D2" t="str"><f>A1&amp;"x"</f><v>Họ &amp; tên</v></c></row>
<row r="4"><c r="A4" t="e"><v>#N/A</v></c><c r="B4" t="b"><v>0</v></c><c r="C4" s="2"><v>0.5</v></c></row>
</sheetData></worksheet>"""

STRINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
<si><t>Số thẻ</t></si><si><t xml:space="preserve">Họ </t></si>
<si><r><rPr><b/></rPr><t>Tên</t></r><r><t xml:space="preserve"> đệm</t></r><rPh sb="0" eb="1"><t>phonetic</t></rPh></si>
<si><t>a &lt; b</t></si></sst>"""

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>
<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/></cellXfs>
</styleSheet>"""

PARTS = {
    "[Content_Types].xml": """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>""",
    "_rels/.rels": """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>""",
    "xl/workbook.xml": """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Đoàn viên" sheetId="1" r:id="rId1"/></sheets></workbook>""",
    "xl/_rels/workbook.xml.rels": """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>""",
    "xl/sharedStrings.xml": STRINGS,
    "xl/styles.xml": STYLES,
}  # fmt: skip


def excel_like(sheet=SHEET):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in {**PARTS, "xl/worksheets/sheet1.xml": sheet}.items():
            archive.writestr(name, text)
    return output.getvalue()


def test_overlapping_merged_ranges_are_refused_rather_than_filled_again_and_again():
    # Excel never overlaps merged ranges; a crafted file may, many times over.
    merged = (
        '<mergeCells count="3"><mergeCell ref="A1:D4"/><mergeCell ref="A1:D3"/><mergeCell ref="B1:D4"/></mergeCells>'
    )
    with pytest.raises(Unreadable) as problem:
        read(excel_like(SHEET.replace("</sheetData>", "</sheetData>" + merged)))
    assert problem.value.reason == "The sheet has too many merged cells: unmerge them and upload it again."


def test_a_workbook_as_excel_writes_it_reads_as_expected():
    assert read(excel_like()) == [
        (1, ("Số thẻ", "Họ ", None, "Tên đệm")),
        (2, (datetime.date(1992, 1, 1), 1099000123.0, "a < b", "Họ & tên")),
        (4, (None, False, 0.5)),  # an error cell (#N/A) reads as empty; empty rows are left out
    ]


def test_xml_comments_change_nothing():
    content = excel_like(SHEET.replace('<row r="4">', '<!-- a comment --><row r="4">'))
    assert read(content) == read(excel_like())


def test_xml_entities_are_never_expanded():
    bomb = SHEET.replace(
        "<worksheet",
        '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet',
    ).replace("<v>#N/A</v>", "<v>&b;</v>")
    try:
        rows = read(excel_like(bomb))
    except Unreadable as problem:
        assert problem.reason.startswith("This spreadsheet is damaged")
    else:
        assert "aaaaaaaaaa" not in repr(rows)


ODS_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Đoàn viên">'
    '<table:table-row><table:table-cell office:value-type="string"><text:p>Số thẻ</text:p></table:table-cell>'
    '<table:table-cell office:value-type="string"><text:p>Họ</text:p></table:table-cell></table:table-row>'
    '<table:table-row%(repeat)s><table:table-cell office:value-type="float" office:value="12"%(columns)s>'
    "<text:p>12</text:p></table:table-cell>"
    '<table:table-cell office:value-type="date" office:date-value="1990-05-02"><text:p>02/05/1990</text:p>'
    '</table:table-cell><table:table-cell table:number-columns-repeated="1020"/></table:table-row>'
    '<table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/>'
    "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"
)


def ods(repeat="", columns=""):
    """An OpenDocument spreadsheet as LibreOffice writes one (empty cells and rows repeated to the sheet's end)."""
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", ODS_CONTENT % {"repeat": repeat, "columns": columns})
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            "</manifest:manifest>",
        )
    return output.getvalue()


def test_an_opendocument_spreadsheet_is_read():
    assert read(ods(), "ds.ods") == [(1, ("Số thẻ", "Họ")), (2, (12.0, datetime.date(1990, 5, 2)))]
