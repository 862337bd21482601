"""
The import reads an .xlsx sheet with its own fast reader; it must see what
openpyxl's read-only mode sees, on workbooks as openpyxl and as Excel write them.
"""

import datetime
import io
import zipfile

import openpyxl
import pytest
from django.utils import translation
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

from congdoan.members.member_import import FileProblem, _read_table

# The hand-made workbooks below have only what a reader needs (no default style).
pytestmark = pytest.mark.filterwarnings("ignore:Workbook contains no default style")


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def read_fast(content):
    with _read_table(io.BytesIO(content), "x.xlsx") as table:
        return [(number, _trimmed(values)) for number, values in table.rows]


def read_openpyxl(content):
    book = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    rows = [
        (number, _trimmed(values)) for number, values in enumerate(book.worksheets[0].iter_rows(values_only=True), 1)
    ]
    book.close()
    return rows


def _trimmed(values):
    values = list(values)
    while values and values[-1] is None:
        values.pop()
    return tuple(values)


def non_empty(rows):
    return [(number, values) for number, values in rows if values]


def test_a_workbook_written_by_openpyxl_reads_the_same():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["a & b <c>", 1, 2.5, True, datetime.datetime(2020, 1, 2), None, "x"])
    sheet.append([None, None, "line1\nline2", "=1+2", -3, 1e20, "0012"])
    sheet["J5"] = "far"
    sheet["A7"] = CellRichText(["plain ", TextBlock(InlineFont(b=True), "bold")])
    sheet.append(["Nguyễn Thị Ánh", "đ", " spaced  ", False, datetime.date(1999, 12, 31), 0, "  "])
    sheet["C9"] = 44000
    sheet["C9"].number_format = "DD/MM/YYYY"
    output = io.BytesIO()
    book.save(output)
    fast = read_fast(output.getvalue())
    assert non_empty(fast) == non_empty(read_openpyxl(output.getvalue()))
    assert dict(fast)[9] == (None, None, datetime.datetime(2020, 6, 18))


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
<si><r><rPr><b/></rPr><t>Tên</t></r><r><t> đệm</t></r><rPh sb="0" eb="1"><t>phonetic</t></rPh></si>
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


def test_a_workbook_as_excel_writes_it_reads_the_same():
    content = excel_like()
    fast = read_fast(content)
    assert fast == [
        (1, ("Số thẻ", "Họ ", None, "Tên đệm")),
        (2, (datetime.datetime(1992, 1, 1), 1099000123, "a < b", "Họ & tên")),
        (4, ("#N/A", False, 0.5)),
    ]
    assert non_empty(fast) == non_empty(read_openpyxl(content))


def test_xml_the_patterns_do_not_cover_goes_through_the_parser():
    content = excel_like(SHEET.replace('<row r="4">', '<!-- a comment --><row r="4">'))
    assert read_fast(content) == read_fast(excel_like())


def test_xml_entities_are_refused():
    bomb = SHEET.replace(
        "<worksheet",
        '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet',
    ).replace("<v>#N/A</v>", "<v>&b;</v>")
    with pytest.raises(FileProblem) as problem:
        read_fast(excel_like(bomb))
    assert problem.value.errors[0].reason.startswith("This file is not a valid Excel workbook")
