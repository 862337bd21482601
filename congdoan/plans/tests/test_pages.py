"""The term pages as an official and a viewer use them: forms, refusals on the form, progress figures, quotas."""

import datetime
import re

import pytest
from django.urls import reverse

from congdoan.plans import services
from congdoan.plans.models import ManualResult, Quota, Target, Term
from congdoan.registry_fixtures import admit, introduce, opened_version

pytestmark = pytest.mark.django_db

D = datetime.date

NEW_TERM = {
    "name": "2023–2028",
    "congress_held_on": "15/03/2023",
    "starts_on": "15/03/2023",
    "ends_on": "14/03/2028",
    "resolution_number": "01/NQ-ĐH",
    "resolution_signed_on": "15/03/2023",
    "resolution_summary": "Phấn đấu giới thiệu ít nhất 6 đoàn viên ưu tú cho Đảng.",
}


def text(response):
    """The page's text without tags and with spaces collapsed."""
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def test_an_official_opens_a_term_with_dates_typed_the_vietnamese_way(client, unions, chair):
    client.force_login(chair)
    response = client.post(reverse("plans:term_add", args=[unions.transport.pk]), NEW_TERM)
    term = Term.objects.get()
    assert response.status_code == 302 and response.url == reverse("plans:term", args=[term.pk])
    assert (term.starts_on, term.ends_on, term.organisation) == (D(2023, 3, 15), D(2028, 3, 14), unions.transport)
    page = text(client.get(reverse("plans:terms", args=[unions.transport.pk])))
    assert "2023–2028" in page and "15/03/2023" in page and "14/03/2028" in page


def test_an_overlapping_term_is_refused_on_the_form_and_nothing_is_saved(client, unions, chair, term):
    client.force_login(chair)
    response = client.post(
        reverse("plans:term_add", args=[unions.transport.pk]), {**NEW_TERM, "starts_on": "01/12/2022"}
    )
    assert response.status_code == 200
    assert "Nhiệm kỳ trùng thời gian với nhiệm kỳ 2017–2022" in text(response)
    assert Term.objects.count() == 1
    assert response.context["form"]["name"].value() == "2023–2028"


def test_a_date_typed_wrongly_is_refused_in_vietnamese(client, unions, chair):
    client.force_login(chair)
    response = client.post(reverse("plans:term_add", args=[unions.transport.pk]), {**NEW_TERM, "ends_on": "31/02/2028"})
    assert response.status_code == 200 and not Term.objects.exists()
    assert "ends_on" in response.context["form"].errors


def test_a_target_with_value_zero_is_refused_on_the_form(client, chair, term):
    client.force_login(chair)
    response = client.post(
        reverse("plans:target_add", args=[term.pk]),
        {
            "name": "Kết nạp đoàn viên",
            "indicator": "members_recruited",
            "comparison": "at_least",
            "value": "0",
            "period": "term",
        },
    )
    assert response.status_code == 200 and "Giá trị của chỉ tiêu phải lớn hơn 0." in text(response)
    assert term.targets.count() == 1


def test_the_progress_page_shows_goal_actual_percent_and_trend(client, unions, users, term):
    for day in (D(2018, 5, 1), D(2019, 5, 1), D(2019, 6, 1)):
        introduce(unions.office, day)
    introduce(unions.inspectorate, D(2021, 1, 1), admitted_on=D(2021, 9, 1))
    introduce(unions.school, D(2019, 1, 1))  # another union: not counted
    client.force_login(users["chair"])
    response = client.get(reverse("plans:term", args=[term.pk]), {"ngay": "31/12/2022"})
    assert response.status_code == 200
    [row] = response.context["rows"]
    assert (row["progress"].goal, row["progress"].actual, row["progress"].achieved_percent) == (5, 4, 80)
    page = text(response)
    assert "Giới thiệu ít nhất 5 đoàn viên ưu tú cho Đảng" in page
    assert "≥ 5" in page and "80%" in page and "Chưa đạt" in page
    assert "2019: 2" in page and "2021: 1" in page  # the trend per year
    assert "<svg" in response.content.decode()
    introduce(unions.office, D(2022, 3, 1))
    introduce(unions.office, D(2022, 4, 1))
    page = text(client.get(reverse("plans:term", args=[term.pk]), {"ngay": "31/12/2022"}))
    assert "120%" in page and "Đạt" in page


def test_a_viewer_reads_the_term_without_its_party_targets_and_is_offered_no_change(client, unions, users, term):
    services.add_target(term, name="Kết nạp 20 đoàn viên", indicator="members_recruited", value=20)
    for day in (D(2018, 5, 1), D(2019, 5, 1)):
        introduce(unions.office, day)
    client.force_login(users["viewer"])
    for day in ("31/12/2022", "01/01/2019", "02/05/2018"):
        response = client.get(reverse("plans:term", args=[term.pk]), {"ngay": day})
        assert [row["progress"].target.name for row in response.context["rows"]] == ["Kết nạp 20 đoàn viên"]
        page = text(response)
        assert "Đảng" not in page and "đảng" not in page
    assert reverse("plans:target_add", args=[term.pk]) not in response.content.decode()


def test_a_per_year_target_is_counted_against_its_value_for_each_year(client, unions, chair, term):
    target = services.add_target(
        term, name="Kết nạp ít nhất 2 đoàn viên mỗi năm", indicator="members_recruited", value=2, period="year"
    )
    for joined in (D(2017, 5, 1), D(2017, 6, 1), D(2018, 2, 1), D(2019, 2, 1), D(2019, 3, 1), D(2019, 4, 1)):
        admit(unions.office, joined=joined)
    client.force_login(chair)
    response = client.get(reverse("plans:term", args=[term.pk]), {"ngay": "31/12/2019"})
    row = next(row for row in response.context["rows"] if row["progress"].target == target)
    # Three years so far: a goal of 6; 6 recruited (2 + 1 + 3).
    assert (row["progress"].goal, row["progress"].actual, row["progress"].met) == (6, 6, True)
    bars = {bar["year"]: bar["met"] for bar in row["trend"]["bars"]}
    assert bars == {2017: True, 2018: False, 2019: True}
    assert row["trend"]["goal_y"] is not None


def test_an_at_most_target_is_met_while_the_actual_stays_at_or_under_it(client, unions, chair, term):
    target = services.add_target(
        term, name="Không quá 2 trường hợp rút khỏi danh sách", indicator="manual", unit="trường hợp",
        comparison="at_most", value=2,
    )  # fmt: skip
    services.record_manual_result(target, unions.transport, None, 1, "Báo cáo tổng kết 2022")
    client.force_login(chair)
    page = text(client.get(reverse("plans:term", args=[term.pk])))
    assert "≤ 2 trường hợp" in page and "200%" in page
    services.record_manual_result(target, unions.transport, None, 4, "Báo cáo tổng kết 2022, bổ sung")
    response = client.get(reverse("plans:term", args=[term.pk]))
    row = next(row for row in response.context["rows"] if row["progress"].target == target)
    assert (row["progress"].actual, row["progress"].achieved_percent, row["progress"].met) == (4, 50, False)


def test_a_manual_result_is_entered_with_its_evidence_on_the_page(client, unions, chair, term):
    target = services.add_target(term, name="Tổ chức hội thao công nhân", indicator="manual", unit="cuộc", value=3)
    client.force_login(chair)
    url = reverse("plans:result", args=[target.pk])
    version = opened_version(client, url)
    response = client.post(
        url, {"organisation": unions.transport.pk, "year": "", "value": "4", "evidence": "", "version": version}
    )
    assert response.status_code == 200 and not ManualResult.objects.exists()
    assert "evidence" in response.context["form"].errors
    response = client.post(
        url,
        {
            "organisation": unions.transport.pk,
            "year": "",
            "value": "4",
            "evidence": "Báo cáo số 20/BC-CĐ",
            "version": version,
        },
    )
    assert response.status_code == 302
    assert ManualResult.objects.get().evidence == "Báo cáo số 20/BC-CĐ"
    page = text(client.get(reverse("plans:term", args=[term.pk])))
    assert "4 cuộc" in page and "133,33%" in page
    # A computed target has no hand entry.
    assert (
        client.get(reverse("plans:result", args=[term.targets.get(indicator="party_introduced").pk])).status_code == 404
    )


def test_quotas_short_of_the_target_are_saved_with_a_visible_warning(client, unions, chair, term):
    target = term.targets.get()
    client.force_login(chair)
    url = reverse("plans:quotas", args=[target.pk])
    page = client.get(url)
    assert [row["row"].unit for row in page.context["rows"]] == [unions.inspectorate, unions.office]
    quotas = {f"don_vi_{unions.office.pk}": "2", f"don_vi_{unions.inspectorate.pk}": "1"}
    response = client.post(url, {**quotas, "version": page.context["form"]["version"].value()}, follow=True)
    assert {(quota.organisation, quota.value) for quota in Quota.objects.all()} == {
        (unions.office, 2), (unions.inspectorate, 1)
    }  # fmt: skip
    page = text(response)
    assert "Các chỉ tiêu đã giao cộng lại là 3, còn thiếu 2 so với chỉ tiêu (5)" in page
    # The progress page flags it too.
    assert "Các chỉ tiêu đã giao chưa đủ so với chỉ tiêu." in text(client.get(reverse("plans:term", args=[term.pk])))
    # Enough quotas: no warning.
    quotas = {f"don_vi_{unions.office.pk}": "3", f"don_vi_{unions.inspectorate.pk}": "3"}
    response = client.post(url, {**quotas, "version": opened_version(client, url)}, follow=True)
    assert "còn thiếu" not in text(response)
    assert "Các chỉ tiêu đã giao chưa đủ" not in text(client.get(reverse("plans:term", args=[term.pk])))


def test_quotas_of_a_year_show_each_units_actual_in_that_year(client, unions, users, term):
    target = services.add_target(term, name="Kết nạp mỗi năm", indicator="members_recruited", value=3, period="year")
    services.allocate_quotas(target, {unions.office: 2, unions.inspectorate: 1}, year=2019)
    admit(unions.office, joined=D(2019, 5, 1))
    admit(unions.office, joined=D(2019, 6, 1))
    admit(unions.office, joined=D(2020, 6, 1))  # another year
    client.force_login(users["viewer"])
    response = client.get(reverse("plans:quotas", args=[target.pk]), {"nam": "2019"})
    rows = {row["row"].unit: (row["row"].quota, row["row"].actual, row["row"].met) for row in response.context["rows"]}
    assert rows == {unions.office: (2, 2, True), unions.inspectorate: (1, 0, False)}
    assert response.context["form"] is None  # a viewer sees no inputs
    assert client.post(reverse("plans:quotas", args=[target.pk]), {}).status_code == 403


def test_a_target_is_edited_and_removed(client, unions, chair, term):
    target = term.targets.get()
    client.force_login(chair)
    url = reverse("plans:target_edit", args=[target.pk])
    data = {
        "name": target.name,
        "indicator": "party_introduced",
        "comparison": "at_least",
        "value": "6",
        "period": "term",
        "unit": "",
    }
    assert client.post(url, {**data, "version": opened_version(client, url)}).status_code == 302
    target.refresh_from_db()
    assert target.value == 6
    assert client.post(url, {"remove": "1", "version": opened_version(client, url)}).status_code == 302
    assert not Target.objects.exists()


def test_the_terms_page_of_an_upper_union_sums_its_sub_units(client, unions, users, term):
    introduce(unions.office, D(2020, 5, 1))
    introduce(unions.school, D(2020, 6, 1))
    introduce(unions.school, D(2020, 7, 1))
    client.force_login(users["province_official"])
    response = client.get(reverse("plans:terms", args=[unions.upper.pk]), {"ngay": "31/12/2020"})
    subtree = response.context["subtree"]
    introduced = [item.code for item in subtree.indicators].index("party_introduced")
    by_unit = {child: values[introduced] for child, values in subtree.rows}
    # No term of the upper union: the calendar year so far.
    assert subtree.term is None and by_unit == {unions.school: 2, unions.transport: 1}
    assert subtree.totals[introduced] == 3
