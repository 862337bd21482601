"""
A term report as a Word document (.docx, python-docx) in the layout of Vietnamese
administrative documents (Decree 30/2020/NĐ-CP, appendix I): A4, margins top 2 cm,
right 1.5 cm, bottom 2 cm, left 3 cm; Times New Roman; a borderless two-column header
(issuing body and number | national name and motto), the place-date line, the title,
the body, then recipients (left) and signature (right).

A real .docx: it opens and edits in Word and LibreOffice.
"""

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .content import Table, report_document

FONT = "Times New Roman"
BODY_SIZE = Pt(14)
HEADER_SIZE = Pt(13)
TABLE_SIZE = Pt(13)
TEXT_WIDTH = Cm(21 - 3 - 1.5)
CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def report_docx(report):
    """The .docx of ``report`` as bytes, and its file name."""
    document = report_document(report)
    word = Document()
    _page_setup(word)
    _header(word, document)
    _title(word, document)
    for section in document.sections:
        _paragraph(word, section.heading, bold=True, space_before=Pt(6))
        for block in section.blocks:
            if isinstance(block, Table):
                _table(word, block)
            else:
                _paragraph(word, block, justify=True, first_line_indent=Cm(1))
    _closing(word, document)
    output = io.BytesIO()
    word.save(output)
    return output.getvalue(), f"{document.filename_stem}.docx"


def _page_setup(word):
    section = word.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(1.5)
    normal = word.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = BODY_SIZE
    # Word picks the font of Vietnamese letters from the East-Asian and complex-script slots too.
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    word.core_properties.language = "vi-VN"


def _run(paragraph, text, *, bold=False, italic=False, underline=False, size=None):
    run = paragraph.add_run(text)
    run.bold, run.italic, run.underline = bold, italic, underline
    if size is not None:
        run.font.size = size
    return run


def _paragraph(container, text, *, bold=False, italic=False, underline=False, size=None, align=None,
               justify=False, first_line_indent=None, space_before=None, space_after=Pt(3)):  # fmt: skip
    paragraph = container.add_paragraph()
    _run(paragraph, text, bold=bold, italic=italic, underline=underline, size=size)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY if justify else align
    fmt = paragraph.paragraph_format
    if first_line_indent is not None:
        fmt.first_line_indent = first_line_indent
    if space_before is not None:
        fmt.space_before = space_before
    fmt.space_after = space_after
    return paragraph


def _cell_paragraph(cell, text, first=False, **style):
    """Write ``text`` in ``cell``: in its empty first paragraph if ``first``, else in a new one."""
    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    align = style.pop("align", WD_ALIGN_PARAGRAPH.CENTER)
    _run(paragraph, text, **style)
    paragraph.alignment = align
    return paragraph


def _borderless(table):
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    # In the schema's order: before shading, layout, cell margins and look.
    table._tbl.tblPr.insert_element_before(
        borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription"
    )


def _two_columns(word, left_share):
    table = word.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _borderless(table)
    left, right = table.rows[0].cells
    left.width = int(TEXT_WIDTH * left_share)
    right.width = TEXT_WIDTH - left.width
    return left, right


def _header(word, document):
    left, right = _two_columns(word, 0.42)
    _cell_paragraph(left, document.issuer_above, first=True, size=HEADER_SIZE)
    _cell_paragraph(left, document.issuer, bold=True, size=HEADER_SIZE)
    _cell_paragraph(left, "———", size=Pt(8))
    _cell_paragraph(left, document.number, size=HEADER_SIZE)
    _cell_paragraph(right, document.nation, first=True, bold=True, size=HEADER_SIZE)
    _cell_paragraph(right, document.motto, bold=True, underline=True, size=BODY_SIZE)
    _paragraph(word, document.place_date, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, space_before=Pt(6))


def _title(word, document):
    _paragraph(word, document.title, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_before=Pt(12), space_after=Pt(0))
    _paragraph(word, document.subtitle, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=Pt(12))


def _table(word, block):
    columns = len(block.header)
    rows = [*block.rows, *([block.total] if block.total else [])]
    table = word.add_table(rows=1 + len(rows), cols=columns)
    table.style = word.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    scale = sum(block.widths)
    widths = [int(TEXT_WIDTH * width / scale) for width in block.widths]
    for index, row_cells in enumerate(table.rows):
        cells = row_cells.cells
        if index == 0:
            values, bold = block.header, True
        else:
            values = rows[index - 1]
            bold = block.total is not None and index == len(rows)
        for column, (cell, value) in enumerate(zip(cells, values, strict=True)):
            cell.width = widths[column]
            if index == 0:
                align = WD_ALIGN_PARAGRAPH.CENTER
            else:
                align = WD_ALIGN_PARAGRAPH.RIGHT if column in block.numeric else WD_ALIGN_PARAGRAPH.LEFT
            _cell_paragraph(cell, value, first=True, bold=bold, size=TABLE_SIZE, align=align)
    word.add_paragraph()


def _closing(word, document):
    left, right = _two_columns(word, 0.5)
    _cell_paragraph(left, document.recipients_heading, first=True, bold=True, italic=True, size=Pt(12),
                    align=WD_ALIGN_PARAGRAPH.LEFT)  # fmt: skip
    for line in document.recipients:
        _cell_paragraph(left, line, size=Pt(11), align=WD_ALIGN_PARAGRAPH.LEFT)
    _cell_paragraph(right, document.signature_mandate, first=True, bold=True, size=HEADER_SIZE)
    _cell_paragraph(right, document.signature_title, bold=True, size=HEADER_SIZE)
    for _blank in range(4):
        _cell_paragraph(right, "", size=BODY_SIZE)
    _cell_paragraph(right, document.signer, bold=True, size=BODY_SIZE)
