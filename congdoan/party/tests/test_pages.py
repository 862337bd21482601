"""The pipeline's pages: board, list with filters, reminders, the candidacy and its forms; query counts."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from congdoan.party import services
from congdoan.party.models import Candidate, Stage, months_after
from congdoan.party.selectors import board, reminders
from congdoan.registry_fixtures import admit, opened_version

from .conftest import day, new_candidate

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def vietnamese():
    with translation.override("vi"):
        yield


def page(client, name, *args, **params):
    response = client.get(reverse(name, args=args), params)
    assert response.status_code == 200
    return response


# The board


def test_the_board_shows_every_stage_with_counts_and_cards(client, unions, chair):
    lan = new_candidate(unions.office, Stage.FOSTERING, family="Hoàng", middle="Thị", given="Lan")
    new_candidate(unions.inspectorate, Stage.ADMITTED, family="Lò", middle="Văn", given="Pọm")
    gone = new_candidate(unions.transport, Stage.IDENTIFIED, family="Ma", middle="Văn", given="Sơn")
    services.withdraw(gone, on=day("01/03/2018"), reason="Chuyển công tác", user=None)
    new_candidate(unions.school, Stage.FOSTERING, family="Triệu", middle="Thị", given="Mai")  # another union
    client.force_login(chair)
    response = page(client, "party:board", unions.transport.pk)
    columns = response.context["columns"]
    assert [(column.label, column.count) for column in columns] == [
        ("Phát hiện", 0), ("Bồi dưỡng", 1), ("Đã giới thiệu", 0), ("Đang làm thủ tục kết nạp", 0),
        ("Đã kết nạp (đảng viên dự bị)", 1), ("Đảng viên chính thức", 0), ("Dừng / không được kết nạp", 1),
    ]  # fmt: skip
    html = response.content.decode()
    assert "Hoàng Thị Lan" in html and "Triệu Thị Mai" not in html
    assert f"Từ ngày {lan.fostering_started_on:%d/%m/%Y}" in html
    assert unions.office.name in html
    assert "2 quần chúng ưu tú đang được theo dõi" in html


def test_the_board_on_a_past_day(unions):
    candidate = new_candidate(unions.office, Stage.ADMITTED)
    columns = {column.stage: column for column in board(unions.transport, day=candidate.introduced_on)}
    assert [card.pk for card in columns[Stage.INTRODUCED].cards] == [candidate.pk]
    assert columns[Stage.INTRODUCED].cards[0].entered_on == candidate.introduced_on
    assert columns[Stage.ADMITTED].count == 0
    before = board(unions.transport, day=candidate.identified_on - datetime.timedelta(days=1))
    assert sum(column.count for column in before) == 0


# The list


@pytest.fixture
def listed(unions):
    return {
        "lan": new_candidate(unions.office, Stage.INTRODUCED, family="Hoàng", middle="Thị", given="Lan"),
        "pom": new_candidate(
            unions.inspectorate,
            Stage.INTRODUCED,
            identified_on=day("10/01/2019"),
            family="Lò",
            middle="Văn",
            given="Pọm",
        ),
        "an": new_candidate(unions.inspectorate, Stage.FOSTERING, family="Nguyễn", middle="Văn", given="An"),
        "mai": new_candidate(unions.school, Stage.INTRODUCED, family="Triệu", middle="Thị", given="Mai"),
    }


def names(response):
    return [candidate.member.full_name for candidate in response.context["page"]]


def test_the_list_in_name_order_with_filters(client, unions, chair, listed):
    client.force_login(chair)
    url = ("party:list", unions.transport.pk)
    # Vietnamese order: by given name (An, Lan, Pọm).
    assert names(page(client, *url)) == ["Nguyễn Văn An", "Hoàng Thị Lan", "Lò Văn Pọm"]
    assert names(page(client, *url, buoc="introduced")) == ["Hoàng Thị Lan", "Lò Văn Pọm"]
    assert names(page(client, *url, nam="2019")) == ["Lò Văn Pọm"]
    assert names(page(client, *url, don_vi=unions.inspectorate.pk)) == ["Nguyễn Văn An", "Lò Văn Pọm"]
    # Names without accents, in any case.
    assert names(page(client, *url, q="hoang lan")) == ["Hoàng Thị Lan"]
    assert names(page(client, *url, q="VAN")) == ["Nguyễn Văn An", "Lò Văn Pọm"]
    response = page(client, *url, q="Pom", buoc="introduced")
    assert names(response) == ["Lò Văn Pọm"]
    html = response.content.decode()
    assert "1 người" in html and "Đã giới thiệu" in html
    # The years offered are those with introductions.
    assert [value for value, label in response.context["form"].fields["nam"].choices] == ["", 2019, 2018]


def test_a_unit_outside_the_union_is_not_a_filter(client, unions, chair, listed):
    client.force_login(chair)
    response = page(client, "party:list", unions.transport.pk, don_vi=unions.school.pk)
    assert "Một số điều kiện lọc không hợp lệ" in response.content.decode()
    assert "Triệu Thị Mai" not in names(response)


# Reminders


def test_reminders_of_confirmation_and_certificates(unions):
    today = day("01/07/2022")
    due = new_candidate(unions.office, Stage.IN_PROCEDURE, family="Hoàng", middle="Thị", given="Lan")
    services.admit(due, on=day("15/08/2021"), decision_number="1", user=None)  # probation ends 15/08/2022: in 45 days
    late = new_candidate(unions.office, Stage.IN_PROCEDURE, family="Lò", middle="Văn", given="Pọm")
    services.admit(late, on=day("01/06/2021"), decision_number="2", user=None)  # ended 01/06/2022: overdue
    not_yet = new_candidate(unions.office, Stage.IN_PROCEDURE, family="Ma", middle="Văn", given="Sơn")
    services.admit(not_yet, on=day("01/12/2021"), decision_number="3", user=None)  # ends 01/12/2022
    confirmed = new_candidate(unions.office, Stage.CONFIRMED)  # done
    expiring = new_candidate(
        unions.inspectorate,
        Stage.IDENTIFIED,
        identified_on=day("01/03/2022"),
        family="Nguyễn",
        middle="Văn",
        given="An",
    )
    services.start_fostering(
        expiring,
        on=day("01/04/2022"),
        certificate_number="GCN-2017",
        certificate_issued_on=day("20/08/2017"),
        user=None,
    )
    expired = new_candidate(
        unions.inspectorate,
        Stage.IDENTIFIED,
        identified_on=day("01/03/2022"),
        family="Triệu",
        middle="Thị",
        given="Mai",
    )
    services.start_fostering(
        expired, on=day("01/04/2022"), certificate_number="GCN-2016", certificate_issued_on=day("01/05/2017"), user=None
    )
    valid = new_candidate(unions.inspectorate, Stage.IDENTIFIED, identified_on=day("01/03/2022"))
    services.start_fostering(
        valid, on=day("01/04/2022"), certificate_number="GCN-2020", certificate_issued_on=day("01/05/2020"), user=None
    )
    elsewhere = new_candidate(unions.school, Stage.IN_PROCEDURE)
    services.admit(elsewhere, on=day("01/06/2021"), decision_number="4", user=None)

    found = reminders(unions.transport, today)
    assert [(item.candidate, item.due_on, item.days_left) for item in found.confirmations] == [
        (late, day("01/06/2022"), -30), (due, day("15/08/2022"), 45),
    ]  # fmt: skip
    assert [(item.candidate, item.due_on) for item in found.certificates] == [
        (expired, day("30/04/2022")), (expiring, day("19/08/2022")),
    ]  # fmt: skip
    assert confirmed not in [item.candidate for item in found.confirmations]
    assert [item.candidate for item in reminders(unions.transport, today, within_days=180).confirmations] == [
        late,
        due,
        not_yet,
    ]


def test_the_reminders_page(client, unions, chair):
    today = timezone.localdate()
    due = new_candidate(
        unions.office,
        Stage.IN_PROCEDURE,
        identified_on=today - datetime.timedelta(days=900),
        family="Hoàng",
        middle="Thị",
        given="Lan",
    )
    admitted_on = months_after(today, -12) + datetime.timedelta(days=10)
    services.admit(due, on=admitted_on, decision_number="1", user=None)
    client.force_login(chair)
    html = page(client, "party:reminders", unions.transport.pk).content.decode()
    assert "Hoàng Thị Lan" in html and "Còn 10 ngày" in html
    assert "Không có giấy chứng nhận lớp bồi dưỡng nào" in html


# The candidacy and its forms


def test_the_candidacy_page_shows_the_stages_and_the_history(client, unions, chair):
    candidate = new_candidate(unions.office, Stage.ADMITTED, user=chair, family="Hoàng", middle="Thị", given="Lan")
    client.force_login(chair)
    html = page(client, "party:detail", candidate.pk).content.decode()
    assert f"{candidate.identified_on:%d/%m/%Y}" in html and f"{candidate.admitted_on:%d/%m/%Y}" in html
    assert "Nghị quyết số 05/NQ-CĐCS, giới thiệu đến Chi bộ Văn phòng" in html
    assert f"Hết thời gian dự bị ngày {candidate.probation_ends_on:%d/%m/%Y}" in html
    assert "Giấy chứng nhận lớp bồi dưỡng số GCN-01" in html
    assert "Bước tiếp theo: Đảng viên chính thức" in html
    assert "Đã chuyển sang bước tiếp theo" in html  # the history
    assert reverse("party:withdraw", args=[candidate.pk]) in html


def test_identify_then_advance_through_the_forms(client, unions, chair):
    member = admit(
        unions.office, family="Hoàng", middle="Thị", given="Lan", card_number="BK-0101", born_on=day("02/04/1990")
    )
    client.force_login(chair)
    response = client.post(
        reverse("party:add", args=[unions.transport.pk]), {"card_number": "bk-0101", "identified_on": "10/01/2018"}
    )
    candidate = Candidate.objects.get(member=member)
    assert response.status_code == 302 and response.url == reverse("party:detail", args=[candidate.pk])
    assert candidate.organisation == unions.office

    advance = reverse("party:advance", args=[candidate.pk])
    form = client.get(advance).context["form"]
    assert "course_started_on" in form.fields and form["stage"].value() == "identified"
    version = form["version"].value()
    response = client.post(
        advance,
        {
            "stage": "identified",
            "on": "01/02/2018",
            "certificate_number": "GCN-9",
            "certificate_issued_on": "10/03/2018",
            "version": version,
        },
    )
    assert response.status_code == 302
    candidate.refresh_from_db()
    assert candidate.stage == Stage.FOSTERING and candidate.certificate_valid_until == day("09/03/2023")

    # A refusal is shown on the form, nothing is saved.
    version = opened_version(client, advance)
    response = client.post(
        advance,
        {
            "stage": "fostering",
            "on": "01/06/2024",
            "resolution_number": "05/NQ",
            "party_cell": "Chi bộ",
            "version": version,
        },
    )
    assert response.status_code == 200
    assert "Giấy chứng nhận lớp bồi dưỡng đã hết hạn ngày 09/03/2023" in response.content.decode()
    candidate.refresh_from_db()
    assert candidate.stage == Stage.FOSTERING
    response = client.post(
        advance,
        {
            "stage": "fostering",
            "on": "01/01/2018",
            "resolution_number": "05/NQ",
            "party_cell": "Chi bộ",
            "version": version,
        },
    )
    assert "Ngày không được trước ngày 01/02/2018 của bước trước (Bồi dưỡng)." in response.content.decode()

    response = client.post(
        advance,
        {
            "stage": "fostering",
            "on": "01/06/2018",
            "resolution_number": "05/NQ",
            "party_cell": "Chi bộ",
            "version": version,
        },
    )
    assert response.status_code == 302
    # A form opened for an earlier stage is not applied to the next one.
    response = client.post(
        advance,
        {
            "stage": "fostering",
            "on": "02/06/2018",
            "resolution_number": "06/NQ",
            "party_cell": "Chi bộ",
            "version": version,
        },
    )
    assert "Hồ sơ đã chuyển sang bước khác" in response.content.decode()
    candidate.refresh_from_db()
    assert candidate.stage == Stage.INTRODUCED and candidate.introduction_resolution == "05/NQ"

    withdraw = reverse("party:withdraw", args=[candidate.pk])
    version = opened_version(client, withdraw)
    response = client.post(withdraw, {"stage": "introduced", "on": "01/07/2018", "reason": "", "version": version})
    assert response.status_code == 200 and "reason" in response.context["form"].errors
    response = client.post(
        withdraw, {"stage": "introduced", "on": "01/07/2018", "reason": "Chuyển công tác", "version": version}
    )
    assert response.status_code == 302
    candidate.refresh_from_db()
    assert candidate.stage == Stage.WITHDRAWN and candidate.withdrawn_at_stage == Stage.INTRODUCED


def test_identify_refusals_show_on_the_form(client, unions, chair):
    admit(unions.school, card_number="BK-0500")
    party_member = admit(unions.office, card_number="BK-0101", party_admitted_on=day("19/05/2010"))
    client.force_login(chair)
    url = reverse("party:add", args=[unions.transport.pk])
    response = client.post(url, {"card_number": "BK-0500", "identified_on": "10/01/2018"})  # the school's member
    assert "Không có đoàn viên nào mang số thẻ này" in str(response.context["form"].errors["card_number"])
    response = client.post(url, {"card_number": "BK-0101", "identified_on": "10/01/2018"})
    assert f"{party_member} đã là đảng viên từ ngày 19/05/2010." in str(response.context["form"].errors["card_number"])
    assert not Candidate.objects.exists()


def test_the_course_form_during_fostering(client, unions, chair):
    candidate = new_candidate(unions.office, Stage.IDENTIFIED)
    services.start_fostering(candidate, on=day("01/02/2018"), user=None)
    client.force_login(chair)
    url = reverse("party:course", args=[candidate.pk])
    version = opened_version(client, url)
    response = client.post(
        url,
        {"stage": "fostering", "course_started_on": "05/03/2018", "course_ended_on": "01/03/2018", "version": version},
    )
    assert "Ngày kết thúc lớp học không được trước ngày bắt đầu." in str(
        response.context["form"].errors["course_ended_on"]
    )
    response = client.post(
        url,
        {
            "stage": "fostering",
            "course_started_on": "01/03/2018",
            "course_ended_on": "05/03/2018",
            "certificate_number": "GCN-5",
            "certificate_issued_on": "06/03/2018",
            "version": version,
        },
    )
    assert response.status_code == 302
    candidate.refresh_from_db()
    assert candidate.certificate_number == "GCN-5"


def test_a_confirmed_candidacy_has_no_next_form(client, unions, chair):
    candidate = new_candidate(unions.office, Stage.CONFIRMED)
    client.force_login(chair)
    response = client.get(reverse("party:advance", args=[candidate.pk]))
    assert response.status_code == 302 and response.url == reverse("party:detail", args=[candidate.pk])
    response = client.get(reverse("party:withdraw", args=[candidate.pk]))
    assert response.status_code == 302


# Query counts


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.mark.parametrize("view", ["party:board", "party:list", "party:reminders"])
def test_query_counts_do_not_grow_with_rows(client, unions, chair, view):
    client.force_login(chair)
    url = reverse(view, args=[unions.transport.pk])
    today = timezone.localdate()

    def add_round(index):
        for unit, stage in (
            (unions.office, Stage.FOSTERING),
            (unions.inspectorate, Stage.ADMITTED),
            (unions.transport, Stage.INTRODUCED),
        ):
            new_candidate(unit, stage, identified_on=today - datetime.timedelta(days=600 + index))
        withdrawn = new_candidate(unions.office, Stage.IDENTIFIED, identified_on=day("10/01/2018"))
        services.withdraw(withdrawn, on=day("01/02/2018"), reason="Chuyển công tác", user=None)

    add_round(0)
    client.get(url)  # warm the caches of the admin frame
    few = _queries(client, url)
    for index in range(1, 5):
        add_round(index)
    assert _queries(client, url) == few
