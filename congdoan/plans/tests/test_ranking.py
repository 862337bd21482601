"""Units ranked by achievement: the order, the capped score, and a query count that does not grow with the units."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from congdoan.plans import services
from congdoan.plans.selectors import achievement_ranking, target_progress
from congdoan.registry_fixtures import admit, found, introduce
from congdoan.unions.levels import Level

pytestmark = pytest.mark.django_db

D = datetime.date
ON = D(2022, 12, 31)


def term_with_targets(union, starts_on=D(2017, 3, 20), ends_on=D(2022, 12, 31)):
    term = services.open_term(union, name="2017–2022", starts_on=starts_on, ends_on=ends_on, congress_held_on=starts_on)
    services.add_target(term, name="Giới thiệu ít nhất 4 đoàn viên ưu tú", indicator="party_introduced", value=4)
    services.add_target(
        term, name="Kết nạp ít nhất 1 đoàn viên mỗi năm", indicator="members_recruited", value=1, period="year"
    )
    services.add_target(term, name="Tỷ lệ đảng viên ít nhất 50%", indicator="party_member_share", value=50)
    services.add_target(term, name="Tổ chức hội thao", indicator="manual", unit="cuộc", value=2)
    return term


def test_units_are_ranked_by_their_mean_capped_achievement(unions):
    lonely = found(unions.upper, "Công đoàn cơ sở Bệnh viện tỉnh", Level.GRASSROOTS)  # no term
    transport, school = term_with_targets(unions.transport), term_with_targets(unions.school)
    services.open_term(
        unions.factory, name="2018–2023", starts_on=D(2018, 1, 1), ends_on=D(2023, 1, 1), congress_held_on=D(2018, 1, 1)
    )  # another province: not ranked
    for day in (D(2018, 1, 1), D(2019, 1, 1), D(2020, 1, 1), D(2021, 1, 1), D(2021, 5, 1), D(2021, 6, 1),
                D(2021, 7, 1), D(2021, 8, 1), D(2021, 9, 1), D(2021, 10, 1), D(2021, 11, 1), D(2021, 12, 1)):  # fmt: skip
        introduce(unions.office, day, admitted_on=day + datetime.timedelta(days=200))  # 12 introduced: 300 %
    introduce(unions.school, D(2019, 1, 1))
    introduce(unions.school, D(2020, 1, 1))
    for year in range(2017, 2023):
        admit(unions.school, joined=D(year, 6, 1))
    manual = school.targets.get(indicator="manual")
    services.record_manual_result(manual, unions.school, None, 2, "Báo cáo tổng kết")

    ranked = achievement_ranking(unions.province, day=ON)
    assert [entry.unit for entry in ranked] == [unions.school, unions.transport, lonely]
    best, second, last = ranked
    # School: introduced 2/4 = 50 %, recruited 6/6 = 100 %, party share 0/50 = 0 %, sports 2/2 = 100 %.
    assert [item.achieved_percent for item in best.achievements] == [50, 100, 0, 100]
    assert best.score == Decimal("62.50") and best.rank == 1
    # Transport: 12/4 = 300 % counts as 200 %; no one recruited in the term; the 12 admitted are Party members
    # out of 12 candidates (100 % ≥ 50 %: 200 %); no sports result yet counts 0.
    assert [item.achieved_percent for item in second.achievements][0] == 300
    assert second.score == (Decimal(200) + 0 + min(second.achievements[2].achieved_percent, 200) + 0) / 4
    assert last.term is None and last.score is None and last.rank is None
    # The figures agree with the union's own progress page.
    progress = target_progress(transport, ON)
    assert [(item.goal, item.actual) for item in progress] == [(item.goal, item.actual) for item in second.achievements]


def test_the_ranking_page_says_how_the_score_is_capped(client, unions, users):
    term_with_targets(unions.transport)
    client.force_login(users["viewer"])
    response = client.get(
        reverse("plans:ranking", args=[unions.transport.pk]), {"ngay": "31/12/2022", "cap": "grassroots"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "200%" in page and "Công đoàn cơ sở Sở Giao thông vận tải" in page
    response = client.get(reverse("plans:ranking", args=[unions.transport.pk]), {"cap": "branch"})
    assert [row["entry"].unit for row in response.context["rows"]] == [unions.inspectorate, unions.office]


def test_a_viewers_ranking_leaves_out_the_party_targets_from_the_list_and_the_score(client, unions, users):
    term_with_targets(unions.transport)
    introduce(unions.office, D(2019, 1, 1))
    for role, targets, score in (
        ("viewer", ["Kết nạp ít nhất 1 đoàn viên mỗi năm", "Tổ chức hội thao"], Decimal(0)),
        ("chair", ["Giới thiệu ít nhất 4 đoàn viên ưu tú", "Kết nạp ít nhất 1 đoàn viên mỗi năm",
                   "Tỷ lệ đảng viên ít nhất 50%", "Tổ chức hội thao"], Decimal("6.25")),
    ):  # fmt: skip
        client.force_login(users[role])
        response = client.get(reverse("plans:ranking", args=[unions.transport.pk]), {"ngay": "31/12/2022"})
        [entry] = [row["entry"] for row in response.context["rows"] if row["entry"].unit == unions.transport]
        assert [item.target.name for item in entry.achievements] == targets
        assert entry.score == score
        if role == "viewer":
            assert "đảng" not in response.content.decode().lower()


def _add_units_with_terms(unions, first, last):
    """Units whose congresses were each held on a different day, as in life."""
    for number in range(first, last):
        union = found(unions.upper, f"Công đoàn cơ sở Trường số {number}", Level.GRASSROOTS)
        term_with_targets(union, starts_on=D(2017, 1, 1) + datetime.timedelta(days=7 * number))
        introduce(union, D(2019, 1, 1))


def _ranking_queries(unions):
    with CaptureQueriesContext(connection) as captured:
        ranked = achievement_ranking(unions.province, day=ON)
    assert all(entry.score is not None for entry in ranked if entry.term)
    return len(ranked), len(captured)


def test_the_ranking_takes_the_same_number_of_queries_for_3_or_30_units(unions):
    _add_units_with_terms(unions, 0, 3)
    units, few = _ranking_queries(unions)
    assert units == 3 + 2  # with transport and school, which have no term
    _add_units_with_terms(unions, 3, 30)
    units, many = _ranking_queries(unions)
    assert units == 30 + 2
    assert few == many <= 12


def test_each_unit_is_counted_over_its_own_term(unions):
    early = term_with_targets(unions.transport, starts_on=D(2017, 1, 1))
    late = term_with_targets(unions.school, starts_on=D(2019, 6, 1))
    for union in (unions.office, unions.school):
        introduce(union, D(2018, 1, 1))
        introduce(union, D(2020, 1, 1))
        admit(union, joined=D(2018, 2, 1))
        admit(union, joined=D(2019, 7, 1))
    ranked = {entry.unit: entry for entry in achievement_ranking(unions.province, day=ON)}
    for union, term in ((unions.transport, early), (unions.school, late)):
        expected = [(item.goal, item.actual, item.achieved_percent) for item in target_progress(term, ON)]
        assert [(item.goal, item.actual, item.achieved_percent) for item in ranked[union].achievements] == expected
    assert [item.actual for item in ranked[unions.school].achievements[:2]] == [1, 1]
    assert [item.actual for item in ranked[unions.transport].achievements[:2]] == [2, 2]
