"""The report as a Word document and as PDF: the administrative layout, the figures, Vietnamese letters."""

import shutil
import subprocess
from io import BytesIO

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

from congdoan.reports.documents.docx import report_docx
from congdoan.reports.documents.pdf import FontsMissing, fonts_available, report_pdf
from congdoan.reports.selectors import term_report
from congdoan.reports.tests.pdf_texts import record_pdf_texts

from .conftest import REPORT_DAY

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(world):
    return term_report(world.unions.transport, world.term, REPORT_DAY)


def all_texts(document):
    texts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.extend(cell.text for cell in row.cells)
    return "\n".join(texts)


def test_the_docx_opens_again_with_the_motto_the_date_line_and_the_figures(report):
    content, filename = report_docx(report)
    assert filename == "bao-cao-nhiem-ky-2017-2022-cong-doan-co-so-so-giao-thong-van-tai.docx"
    document = Document(BytesIO(content))
    text = all_texts(document)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "CÔNG ĐOÀN VIÊN CHỨC TỈNH",
        "CÔNG ĐOÀN CƠ SỞ SỞ GIAO THÔNG VẬN TẢI",
        "/BC-CĐ",
        "BÁO CÁO",
        "TM. BAN CHẤP HÀNH",
        "CHỦ TỊCH",
        "Nông Văn Tú",
        "Nơi nhận:",
        "Quyết định số 589/QĐ-LĐLĐ ngày 20/03/2017",
        "có 12 đoàn viên công đoàn, trong đó 4 đảng viên",
        "giới thiệu 6 đoàn viên ưu tú cho Đảng",
        "Giới thiệu ít nhất 5 đoàn viên ưu tú cho Đảng",
        "120 %",
        "4/3 (133,33 %)",
    ):
        assert expected in text, expected
    date_line = next(p for p in document.paragraphs if p.text == "Bắc Kạn, ngày 19 tháng 12 năm 2022")
    assert date_line.alignment == WD_ALIGN_PARAGRAPH.RIGHT and date_line.runs[0].italic


def test_the_docx_has_the_decree_30_page_and_header(report):
    document = Document(BytesIO(report_docx(report)[0]))
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    margins = (section.top_margin, section.right_margin, section.bottom_margin, section.left_margin)
    assert [round(margin.cm, 1) for margin in margins] == [2.0, 1.5, 2.0, 3.0]
    assert document.styles["Normal"].font.name == "Times New Roman"
    header = document.tables[0]
    left, right = header.rows[0].cells
    issuer = left.paragraphs[1].runs[0]
    assert issuer.text == "CÔNG ĐOÀN CƠ SỞ SỞ GIAO THÔNG VẬN TẢI" and issuer.bold
    nation, motto = right.paragraphs[0].runs[0], right.paragraphs[1].runs[0]
    assert nation.bold and motto.bold and motto.underline
    title = next(p for p in document.paragraphs if p.text == "BÁO CÁO")
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER and title.runs[0].bold
    assert left.width > Cm(5)


def test_a_place_date_line_pads_days_under_ten_and_january_february(world):
    report = term_report(world.unions.transport, world.term, REPORT_DAY.replace(month=2, day=5))
    document = Document(BytesIO(report_docx(report)[0]))
    assert "Bắc Kạn, ngày 05 tháng 02 năm 2022" in all_texts(document)


@pytest.mark.skipif(not (shutil.which("libreoffice") or shutil.which("soffice")), reason="LibreOffice is not installed")
def test_libreoffice_converts_the_docx(report, tmp_path):
    source = tmp_path / "bao-cao.docx"
    source.write_bytes(report_docx(report)[0])
    office = shutil.which("libreoffice") or shutil.which("soffice")
    subprocess.run(
        [office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)], check=True, timeout=120
    )
    assert (tmp_path / "bao-cao.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(not fonts_available(), reason="the DejaVu fonts are not installed")
def test_the_pdf_is_made_with_the_vietnamese_texts(report, monkeypatch):
    written = record_pdf_texts(monkeypatch)
    content, filename = report_pdf(report)
    assert content.startswith(b"%PDF-") and len(content) > 10_000
    assert filename.endswith(".pdf")
    text = "\n".join(written)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Bắc Kạn, ngày 19 tháng 12 năm 2022",
        "BÁO CÁO",
        "giới thiệu 6 đoàn viên ưu tú cho Đảng",
        "Nông Văn Tú",
    ):
        assert expected in text, expected
    assert b"DejaVuSerif" in content  # the embedded font that has the Vietnamese letters


def test_without_the_fonts_the_pdf_builder_says_so(report, tmp_path):
    with pytest.raises(FontsMissing):
        report_pdf(report, font_dir=tmp_path)


def test_the_province_docx_stays_quick_with_many_units(unions):
    """Smoke check of the document builder's cost per unit row (timings are for bench/reports.py)."""
    import time

    from congdoan.plans.models import Term
    from congdoan.registry_fixtures import found
    from congdoan.unions.levels import Level

    for number in range(60):
        found(unions.province, f"Công đoàn cơ sở số {number}", Level.GRASSROOTS)
    term = Term.objects.create(
        organisation=unions.province,
        name="2018–2023",
        starts_on=REPORT_DAY.replace(year=2018),
        ends_on=REPORT_DAY.replace(year=2023),
        congress_held_on=REPORT_DAY.replace(year=2018),
    )
    report = term_report(unions.province, term, REPORT_DAY)
    started = time.process_time()  # CPU time, not the wall clock, which a busy machine stretches
    content, _name = report_docx(report)
    assert time.process_time() - started < 3
    assert len(Document(BytesIO(content)).tables[1].rows) == len(report.units) + 2  # header and total
