"""
Party figures in term reports: none for a viewer (screen, .docx, .pdf, on any day);
for officials and clerks the union's totals, and per unit with small counts withheld.
"""

from io import BytesIO

import pytest
from django.urls import reverse
from docx import Document

from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.registry_fixtures import admit
from congdoan.reports.disclosure import disclosed_column
from congdoan.reports.documents.pdf import fonts_available
from congdoan.reports.formatting import Withheld
from congdoan.reports.tests.pdf_texts import record_pdf_texts

from .conftest import D

pytestmark = pytest.mark.django_db

DAYS = ["19/12/2022", "01/06/2019", "02/02/2020", "01/02/2020", None]


def url(world, name="reports:term"):
    return reverse(name, args=[world.unions.transport.pk, world.term.pk])


@pytest.fixture
def people(world):
    def user(username, organisation, role):
        return User.objects.create_user(username, organisation=organisation, union_role=role)

    return {
        "viewer": user("xem", world.unions.transport, UnionRole.VIEWER),
        "chair": user("chu-tich", world.unions.transport, UnionRole.OFFICIAL),
        "clerk": user("van-thu", world.unions.transport, UnionRole.CLERK),
    }


def docx_text(response):
    assert response.status_code == 200
    document = Document(BytesIO(response.content))
    texts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        texts.extend(cell.text for row in table.rows for cell in row.cells)
    return "\n".join(texts)


def pdf_text(client, monkeypatch, *args, **kwargs):
    written = record_pdf_texts(monkeypatch)
    response = client.get(*args, **kwargs)
    monkeypatch.undo()
    assert response.status_code == 200 and response.content.startswith(b"%PDF-")
    return "\n".join(written)


def rows_of(response, world):
    """The office's and the inspectorate's rows of the report in the response."""
    rows = {row.unit: row for row in response.context["report"].units}
    return rows[world.unions.office], rows[world.unions.inspectorate]


def params(day):
    return {"ngay": day} if day else {}


@pytest.mark.parametrize("day", DAYS)
def test_a_viewers_report_page_has_no_party_figure_on_any_day(client, world, people, day):
    client.force_login(people["viewer"])
    response = client.get(url(world), params(day))
    page = response.content.decode()
    assert response.status_code == 200
    assert "đảng" not in page.lower()  # no Party members, no Party development, no Party target, per unit or in total
    report = response.context["report"]
    assert report.party_members is None and report.pipeline is None
    assert all(row.party_members is None and row.pipeline is None for row in report.units)
    assert "Đoàn viên theo đơn vị" in page  # the members per unit are still there
    assert page.count('<svg class="report-chart"') == 1


@pytest.mark.parametrize("day", DAYS)
def test_a_viewers_docx_has_no_party_figure_on_any_day(client, world, people, day):
    client.force_login(people["viewer"])
    text = docx_text(client.get(url(world, "reports:term_docx"), params(day)))
    assert "đảng" not in text.lower()
    assert "II. Kết quả thực hiện các chỉ tiêu Nghị quyết Đại hội" in text  # numbered on, no gap
    assert "đoàn viên công đoàn" in text


@pytest.mark.skipif(not fonts_available(), reason="the DejaVu fonts are not installed")
@pytest.mark.parametrize("day", ["19/12/2022", "01/06/2019"])
def test_a_viewers_pdf_has_no_party_figure(client, world, people, monkeypatch, day):
    client.force_login(people["viewer"])
    text = pdf_text(client, monkeypatch, url(world, "reports:term_pdf"), params(day))
    assert "đảng" not in text.lower() and "Công đoàn bộ phận Văn phòng Sở" in text


@pytest.mark.parametrize("role", ["chair", "clerk"])
def test_officials_and_clerks_still_see_the_party_figures_with_small_unit_counts_withheld(
    client, world, people, role, monkeypatch
):
    client.force_login(people[role])
    page = client.get(url(world), {"ngay": "19/12/2022"}).content.decode()
    assert "Công tác phát triển đảng viên trong nhiệm kỳ" in page
    text = docx_text(client.get(url(world, "reports:term_docx"), {"ngay": "19/12/2022"}))
    # The union's own totals as they are.
    assert "có 12 đoàn viên công đoàn, trong đó 4 đảng viên" in text
    assert "giới thiệu 6 đoàn viên ưu tú cho Đảng" in text
    # Per unit (office: 3 Party members, 4 introduced; inspectorate: 1 and 2): fewer than 5, withheld.
    office, _inspectorate = rows_of(client.get(url(world), {"ngay": "19/12/2022"}), world)
    assert [str(office.figure(name)) for name in ("party_members", "introduced", "admitted")] == ["< 5", "< 5", "< 5"]
    assert "< 5/3" in text and "4/3" not in text  # the quota result would give the count back
    assert "“< 5”: ít hơn 5 người" in text  # the legend says what the mark means
    if fonts_available():
        assert "< 5" in pdf_text(client, monkeypatch, url(world, "reports:term_pdf"), {"ngay": "19/12/2022"})


def test_a_large_unit_count_is_shown_and_the_total_does_not_give_a_small_one_away(client, world, people, settings):
    for number in range(5):
        admit(world.unions.office, given=f"Đảng{number}", party_admitted_on=D(2015, 1, 1))
    client.force_login(people["chair"])
    response = client.get(url(world), {"ngay": "19/12/2022"})
    office, inspectorate = rows_of(response, world)
    assert response.context["report"].party_members == 9
    # Office: 8 Party members; inspectorate: 1, withheld, so office is withheld too ("—"), else 9 − 8 = 1.
    assert str(inspectorate.figure("party_members")) == "< 5" and str(office.figure("party_members")) == "—"
    settings.SENSITIVE_COUNT_THRESHOLD = 1
    office, inspectorate = rows_of(client.get(url(world), {"ngay": "19/12/2022"}), world)
    assert (office.figure("party_members"), inspectorate.figure("party_members")) == (8, 1)


def test_the_rule_of_a_column_of_counts():
    assert disclosed_column([0, 12, 30]) == [0, 12, 30]
    assert disclosed_column([3, 12, 30]) == [Withheld(5), Withheld(), 30]
    assert disclosed_column([3, 2, 30]) == [Withheld(5), Withheld(5), 30]
    assert disclosed_column([3, 0, 0]) == [Withheld(5), 0, 0]


def test_the_statistics_page_and_the_report_ask_the_same_rule(client, world, people):
    client.force_login(people["viewer"])
    page = client.get(reverse("members:statistics", args=[world.unions.transport.pk])).content.decode()
    assert "đảng" not in page.lower()
    client.force_login(people["chair"])
    page = client.get(reverse("members:statistics", args=[world.unions.transport.pk])).content.decode()
    assert "Đảng viên" in page
