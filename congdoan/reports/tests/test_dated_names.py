"""
A report names the tree as it stood on its day (Trust #15). As in the demo, the
transport grassroots union sits directly under LĐLĐ tỉnh Bắc Kạn, which merged
into LĐLĐ tỉnh Thái Nguyên on 1/7/2025; the union itself was renamed in 2023.
Its 2017–2022 report on 19/12/2022 is issued under Bắc Kạn, dated in Bắc Kạn,
sent to Bắc Kạn and names the union by its name then, in the .docx, the .pdf
and on screen; a report dated after the merger names Thái Nguyên.
"""

import datetime
from io import BytesIO

import pytest
from django.urls import reverse
from docx import Document

from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.plans.models import Term
from congdoan.registry_fixtures import admit, decision, found
from congdoan.reports.documents.content import report_document
from congdoan.reports.documents.docx import report_docx
from congdoan.reports.documents.pdf import fonts_available, report_pdf
from congdoan.reports.selectors import term_report
from congdoan.reports.tests.pdf_texts import record_pdf_texts
from congdoan.unions import services as union_services
from congdoan.unions.levels import Level
from congdoan.unions.models import Organisation
from congdoan.unions.selectors import union_on

from .test_documents import all_texts

pytestmark = pytest.mark.django_db

D = datetime.date
SEED_DAY = D(2022, 12, 19)
PROVINCE_MERGER_DAY = D(2025, 7, 1)
OLD_NAME = "Công đoàn cơ sở Giao thông vận tải Bắc Kạn"
NEW_NAME = "Công đoàn cơ sở Sở Xây dựng và Giao thông vận tải"


class MergedProvinces:
    def __init__(self, unions):
        self.unions = unions
        self.transport = found(unions.province, OLD_NAME, Level.GRASSROOTS, decision=decision())
        admit(found(self.transport, "Công đoàn bộ phận Văn phòng", Level.BRANCH), given="An", joined=D(2017, 4, 1))
        self.term = Term.objects.create(
            organisation=self.transport, name="2017–2022", starts_on=D(2017, 3, 20), ends_on=D(2023, 3, 9),
            congress_held_on=D(2017, 6, 16),
        )  # fmt: skip
        self.next_term = Term.objects.create(
            organisation=self.transport, name="2023–2028", starts_on=D(2023, 3, 10), ends_on=D(2028, 3, 9),
            congress_held_on=D(2023, 3, 10),
        )  # fmt: skip
        union_services.rename_organisation(
            self.transport, new_name=NEW_NAME, decision=decision("15/QĐ", D(2023, 3, 1)), on=D(2023, 3, 1)
        )
        union_services.merge_organisation(
            Organisation.objects.get(pk=unions.province.pk),
            into=Organisation.objects.get(pk=unions.other_province.pk),
            decision=decision("2265/QĐ-TLĐ", D(2025, 6, 27), "Tổng Liên đoàn Lao động Việt Nam"),
            on=PROVINCE_MERGER_DAY,
        )
        self.transport = Organisation.objects.get(pk=self.transport.pk)


@pytest.fixture
def merged(unions):
    return MergedProvinces(unions)


def test_the_union_on_a_day_before_the_merger_is_under_bac_kan(merged):
    before = union_on(merged.transport, SEED_DAY)
    assert before.name == OLD_NAME
    assert before.parent.pk == merged.unions.province.pk
    assert before.parent_name == "Liên đoàn Lao động tỉnh Bắc Kạn"
    assert before.province_name == "Liên đoàn Lao động tỉnh Bắc Kạn" and before.place == "Bắc Kạn"
    after = union_on(merged.transport, D(2025, 12, 1))
    assert after.name == NEW_NAME and after.parent.pk == merged.unions.other_province.pk
    assert after.place == "Thái Nguyên"


def test_the_2017_2022_report_names_bac_kan_in_the_docx(merged):
    report = term_report(merged.transport, merged.term, SEED_DAY)
    text = all_texts(Document(BytesIO(report_docx(report)[0])))
    assert "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC KẠN" in text
    assert OLD_NAME.upper() in text
    assert "Bắc Kạn, ngày 19 tháng 12 năm 2022" in text
    assert "- Liên đoàn Lao động tỉnh Bắc Kạn (để báo cáo);" in text
    assert "Thái Nguyên" not in text and "THÁI NGUYÊN" not in text
    assert NEW_NAME not in text and NEW_NAME.upper() not in text


@pytest.mark.skipif(not fonts_available(), reason="the DejaVu fonts are not installed")
def test_the_2017_2022_report_names_bac_kan_in_the_pdf(merged, monkeypatch):
    written = record_pdf_texts(monkeypatch)
    report_pdf(term_report(merged.transport, merged.term, SEED_DAY))
    text = "\n".join(written)
    assert "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC KẠN" in text
    assert "Bắc Kạn, ngày 19 tháng 12 năm 2022" in text
    assert "- Liên đoàn Lao động tỉnh Bắc Kạn (để báo cáo);" in text
    assert "Thái Nguyên" not in text and "THÁI NGUYÊN" not in text


def test_the_2017_2022_report_names_bac_kan_on_screen(client, merged):
    user = User.objects.create_user("xem", organisation=merged.transport, union_role=UnionRole.VIEWER)
    client.force_login(user)
    url = reverse("reports:term", args=[merged.transport.pk, merged.term.pk])
    page = client.get(url, {"ngay": "19/12/2022"}).content.decode()
    assert "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC KẠN" in page
    assert "Bắc Kạn, ngày 19 tháng 12 năm 2022" in page
    assert "Liên đoàn Lao động tỉnh Bắc Kạn (để báo cáo)" in page
    assert OLD_NAME.upper() in page
    assert "THÁI NGUYÊN" not in page and "Thái Nguyên, ngày" not in page


def test_a_report_dated_after_the_merger_names_thai_nguyen(client, merged):
    report = term_report(merged.transport, merged.next_term, D(2025, 12, 1))
    document = report_document(report)
    assert document.issuer_above == "LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI NGUYÊN"
    assert document.issuer == NEW_NAME.upper()
    assert document.place_date == "Thái Nguyên, ngày 01 tháng 12 năm 2025"
    assert "- Liên đoàn Lao động tỉnh Thái Nguyên (để báo cáo);" in document.recipients
    # The founding decision still cites its issuer as it was: that is a fact of 2017.
    assert "Quyết định số 589/QĐ-LĐLĐ ngày 20/03/2017 của LĐLĐ tỉnh Bắc Kạn" in "\n".join(document.texts())
