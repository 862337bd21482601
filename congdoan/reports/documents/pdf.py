"""
A term report as PDF (fpdf2), with the same words and layout as the .docx: A4,
margins top 2 cm, right 1.5 cm, bottom 2 cm, left 3 cm; the two-column header, the
place-date line, the title, the body, recipients and signature.

Vietnamese letters need a Unicode font: the DejaVu Serif family (Debian's
fonts-dejavu-core). Without it ``FontsMissing`` is raised and the view says so.
"""

from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from .content import Table, report_document

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {
    "": "DejaVuSerif.ttf",
    "B": "DejaVuSerif-Bold.ttf",
    "I": "DejaVuSerif-Italic.ttf",
    "BI": "DejaVuSerif-BoldItalic.ttf",
}
FAMILY = "DejaVuSerif"
LEFT, TOP, RIGHT, BOTTOM = 30, 20, 15, 20
TEXT_WIDTH = 210 - LEFT - RIGHT
BODY, HEADER, SMALL = 12, 11, 10
LINE = 6


class FontsMissing(Exception):
    """The fonts that can write Vietnamese are not installed."""


def fonts_available(font_dir=None):
    font_dir = Path(font_dir or FONT_DIR)
    return all((font_dir / FONT_FILES[style]).is_file() for style in ("", "B", "I"))


def report_pdf(report, font_dir=None):
    """The PDF of ``report`` as bytes, and its file name. Raises ``FontsMissing`` without the fonts."""
    font_dir = Path(font_dir or FONT_DIR)
    if not fonts_available(font_dir):
        raise FontsMissing(str(font_dir))
    document = report_document(report)
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_margins(LEFT, TOP, RIGHT)
    pdf.set_auto_page_break(True, margin=BOTTOM)
    for style, name in FONT_FILES.items():
        path = font_dir / name
        if not path.is_file():  # bold italic is optional: bold stands in for it
            path = font_dir / FONT_FILES["B"]
        pdf.add_font(FAMILY, style=style, fname=str(path))
    pdf.set_title(f"{document.title} {document.subtitle}")
    pdf.set_lang("vi")
    pdf.set_creator("congdoan")
    pdf.add_page()
    _header(pdf, document)
    _title(pdf, document)
    for section in document.sections:
        pdf.ln(2)
        _text(pdf, section.heading, style="B")
        for block in section.blocks:
            if isinstance(block, Table):
                _table(pdf, block)
            else:
                _text(pdf, "\u2003" + block, align="J")
    _closing(pdf, document)
    return bytes(pdf.output()), f"{document.filename_stem}.pdf"


def _text(pdf, text, *, style="", size=BODY, align="L", width=0, x=None):
    if x is not None:
        pdf.set_x(x)
    pdf.set_font(FAMILY, style, size)
    pdf.multi_cell(width, LINE, text, align=align, new_x=XPos.LEFT if x is not None else XPos.LMARGIN, new_y=YPos.NEXT)


def _column(pdf, x, y, width, lines):
    """Write ``lines`` [(text, style, size)] centred in a column; return the y below them."""
    pdf.set_xy(x, y)
    for text, style, size in lines:
        pdf.set_font(FAMILY, style, size)
        pdf.multi_cell(width, LINE, text, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)
    return pdf.get_y()


def _header(pdf, document):
    top = pdf.get_y()
    left_width = TEXT_WIDTH * 0.42
    left_bottom = _column(
        pdf,
        LEFT,
        top,
        left_width,
        [
            (document.issuer_above, "", HEADER),
            (document.issuer, "B", HEADER),
            ("———", "", 8),
            (document.number, "", HEADER),
        ],
    )
    right_bottom = _column(
        pdf,
        LEFT + left_width,
        top,
        TEXT_WIDTH - left_width,
        [(document.nation, "B", HEADER), (document.motto, "BU", BODY)],
    )
    pdf.set_xy(LEFT, max(left_bottom, right_bottom) + 2)
    _text(pdf, document.place_date, style="I", align="R")


def _title(pdf, document):
    pdf.ln(4)
    _text(pdf, document.title, style="B", align="C")
    _text(pdf, document.subtitle, style="B", align="C")
    pdf.ln(2)


def _table(pdf, block):
    pdf.ln(1)
    pdf.set_font(FAMILY, "", SMALL)
    alignments = tuple("RIGHT" if column in block.numeric else "LEFT" for column in range(len(block.header)))
    with pdf.table(
        col_widths=tuple(block.widths),
        width=TEXT_WIDTH,
        text_align=alignments,
        line_height=LINE - 1,
        first_row_as_headings=True,
        headings_style=_headings_style(),
    ) as table:
        row = table.row()
        for value in block.header:
            row.cell(value, align="CENTER")
        for values in block.rows:
            row = table.row()
            for value in values:
                row.cell(value)
        if block.total:
            row = table.row()
            for value in block.total:
                row.cell(value, style=_bold())
    pdf.set_font(FAMILY, "", BODY)
    pdf.ln(2)


def _headings_style():
    return FontFace(family=FAMILY, emphasis="BOLD", size_pt=SMALL)


def _bold():
    return FontFace(emphasis="BOLD")


def _closing(pdf, document):
    pdf.ln(4)
    if pdf.will_page_break(50):
        pdf.add_page()
    top = pdf.get_y()
    half = TEXT_WIDTH / 2
    pdf.set_xy(LEFT, top)
    pdf.set_font(FAMILY, "BI", SMALL + 1)
    pdf.multi_cell(half, LINE, document.recipients_heading, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font(FAMILY, "", SMALL)
    for line in document.recipients:
        pdf.multi_cell(half, LINE - 1, line, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    _column(
        pdf,
        LEFT + half,
        top,
        half,
        [
            (document.signature_mandate, "B", HEADER),
            (document.signature_title, "B", HEADER),
            ("\n\n\n", "", BODY),
            (document.signer, "B", BODY),
        ],
    )
