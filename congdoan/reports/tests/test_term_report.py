"""The term report's figures come from the records of the union's subtree, within the term."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from congdoan.registry_fixtures import admit, found
from congdoan.reports.selectors import term_report
from congdoan.unions.levels import Level

from .conftest import REPORT_DAY, D

pytestmark = pytest.mark.django_db


def test_union_figures_on_the_day_and_over_the_term(world):
    report = term_report(world.unions.transport, world.term, REPORT_DAY)
    assert (report.members, report.party_members) == (12, 4)
    pipeline = report.pipeline
    assert (pipeline["identified"], pipeline["fostered"], pipeline["introduced"]) == (7, 6, 6)
    assert (pipeline["admitted"], pipeline["in_procedure"]) == (2, 1)
    [target] = report.targets
    assert (target.actual, target.goal, target.achieved_percent) == (6, 5, Decimal("120.00"))
    assert report.place == "Bắc Kạn"
    assert report.parent == world.unions.upper
    assert report.chair_name == "Nông Văn Tú"
    assert report.founding_decision.number == "589/QĐ-LĐLĐ"


def test_one_row_per_branch_with_its_members_pipeline_quotas_and_evaluations(world):
    report = term_report(world.unions.transport, world.term, REPORT_DAY)
    rows = {row.unit.name: row for row in report.units}
    office, inspectorate = rows["Công đoàn bộ phận Văn phòng Sở"], rows["Công đoàn bộ phận Thanh tra Sở"]
    assert (office.members, office.party_members, inspectorate.members, inspectorate.party_members) == (7, 3, 5, 1)
    assert (office.pipeline["introduced"], office.pipeline["admitted"]) == (4, 2)
    assert (inspectorate.pipeline["introduced"], inspectorate.pipeline["in_procedure"]) == (2, 1)
    [office_quota] = office.quotas
    [inspectorate_quota] = inspectorate.quotas
    assert (office_quota.value, office_quota.actual, office_quota.achieved_percent) == (3, 4, Decimal("133.33"))
    assert (inspectorate_quota.actual, inspectorate_quota.met) == (2, True)
    assert office.evaluations[2021].classification == "Hoàn thành xuất sắc nhiệm vụ"
    assert report.unit_totals["members"] == report.members


def test_emulation_movements_and_classifications_of_the_term(world):
    emulation = term_report(world.unions.transport, world.term, REPORT_DAY).emulation
    movements = {row.name: row for row in emulation.movements}
    assert movements["Lao động giỏi, lao động sáng tạo"].units_registered == 2
    assert movements["Lao động giỏi, lao động sáng tạo"].awards == 1
    assert movements["Giỏi việc nước - Đảm việc nhà"].launched_here
    assert [(row.year, row.classification, row.units) for row in emulation.classifications] == [
        (2021, "Hoàn thành xuất sắc nhiệm vụ", 1),
        (2021, "Hoàn thành tốt nhiệm vụ", 1),
    ]


def test_an_earlier_day_counts_only_up_to_that_day(world):
    report = term_report(world.unions.transport, world.term, D(2019, 12, 31))
    assert report.pipeline["introduced"] == 2 and report.pipeline["admitted"] == 1
    assert report.party_members == 3


def _report_queries(unions, term, branches):
    for number in range(branches):
        branch = found(unions.transport, f"Công đoàn bộ phận số {number}", Level.BRANCH)
        admit(branch, given=f"Thành viên {number}")
    with CaptureQueriesContext(connection) as queries:
        report = term_report(unions.transport, term, REPORT_DAY)
    return len(queries), len(report.units)


def test_queries_do_not_grow_with_the_number_of_units(unions, django_db_blocker):
    from congdoan.reports.tests.conftest import ReportWorld

    world = ReportWorld(unions)
    few, units_few = _report_queries(unions, world.term, 0)
    many, units_many = _report_queries(unions, world.term, 10)
    assert (units_few, units_many) == (2, 12)
    assert few == many


def test_the_report_counts_targets_over_the_whole_term_as_the_progress_page_does(world):
    from congdoan.plans.models import Target, TargetPeriod
    from congdoan.plans.selectors import target_progress

    Target.objects.create(
        term=world.term,
        name="Kết nạp ít nhất 1 đảng viên mỗi năm",
        indicator="party_admitted",
        value=1,
        period=TargetPeriod.YEAR,
        position=1,
    )
    Target.objects.create(
        term=world.term, name="Tỷ lệ đảng viên ít nhất 30%", indicator="party_member_share", value=30, position=2
    )
    Target.objects.create(
        term=world.term, name="Kết nạp đoàn viên mới", indicator="members_recruited", value=3, position=3
    )
    report = term_report(world.unions.transport, world.term, REPORT_DAY)
    full = target_progress(world.term, REPORT_DAY)
    assert [(p.goal, p.actual, p.achieved_percent, p.met) for p in report.targets] == [
        (p.goal, p.actual, p.achieved_percent, p.met) for p in full
    ]
    assert report.targets[1].goal == 6 and report.targets[1].actual == 2  # 1 a year over 2017–2022


def test_a_hand_entered_target_before_a_computed_one_does_not_change_how_it_is_counted(world):
    from congdoan.plans.models import ManualResult, Target, TargetPeriod
    from congdoan.plans.selectors import target_progress

    world.target.position = 2
    world.target.save()
    manual = Target.objects.create(term=world.term, name="Tổ chức hội thao", value=2, unit="lần", position=0)
    ManualResult.objects.create(
        target=manual, organisation=world.unions.transport, year=2019, value=1, evidence="Báo cáo năm"
    )
    Target.objects.create(
        term=world.term,
        name="Kết nạp ít nhất 1 đảng viên mỗi năm",
        indicator="party_admitted",
        value=1,
        period=TargetPeriod.YEAR,
        position=1,
    )
    report = term_report(world.unions.transport, world.term, REPORT_DAY)
    full = target_progress(world.term, REPORT_DAY)
    assert [(p.goal, p.actual) for p in report.targets] == [(p.goal, p.actual) for p in full]
    assert [(p.goal, p.actual) for p in report.targets][0] == (2, 1)


def _figures(report):
    """What a reader compares between two printings of the same report."""
    return {
        "members": (report.members, report.party_members),
        "pipeline": report.pipeline,
        "targets": [(p.goal, p.actual, p.achieved_percent) for p in report.targets],
        "units": [
            (row.unit.name, row.members, row.party_members, row.pipeline["introduced"],
             {year: cell.classification for year, cell in row.evaluations.items()})
            for row in report.units
        ],
        "movements": [(m.name, m.launched_here, m.units_registered, m.awards) for m in report.emulation.movements],
    }  # fmt: skip


def test_a_province_merged_away_keeps_the_figures_of_its_old_term_report(world):
    """
    In 2025 provinces merged: their units moved under the province they merged into.
    The merged-away province's report on a day of its last term still counts the
    units it had then (its history), not the empty subtree it has today.
    """
    from congdoan.emulation.models import Evaluation
    from congdoan.plans.models import Quota, Target, Term
    from congdoan.registry_fixtures import decision
    from congdoan.unions import services as union_services
    from congdoan.unions.models import Organisation

    unions = world.unions
    term = Term.objects.create(
        organisation=unions.province,
        name="2017–2022",
        starts_on=D(2017, 1, 1),
        ends_on=D(2022, 12, 31),
        congress_held_on=D(2017, 1, 1),
    )
    target = Target.objects.create(
        term=term, name="Giới thiệu ít nhất 5 đoàn viên ưu tú cho Đảng", indicator="party_introduced", value=5
    )
    Quota.objects.create(target=target, organisation=unions.upper, value=5)
    Evaluation.objects.create(
        organisation=unions.upper, year=2021, scale="1294", classification="Hoàn thành tốt nhiệm vụ"
    )
    before = _figures(term_report(unions.province, term, REPORT_DAY))
    # The transport union's 12 members and 6 introduced, and the school's candidate (a member, introduced in 2019).
    assert before["members"] == (13, 4)
    assert (before["pipeline"]["introduced"], before["pipeline"]["admitted"], before["pipeline"]["in_procedure"]) == (
        7,
        2,
        1,
    )
    assert before["targets"] == [(5, 7, Decimal("140.00"))]
    assert before["units"] == [("Công đoàn Viên chức tỉnh", 13, 4, 7, {2021: "Hoàn thành tốt nhiệm vụ"})]
    assert before["movements"] == [("Lao động giỏi, lao động sáng tạo", True, 2, 1)]

    union_services.merge_organisation(
        unions.province, into=unions.other_province, on=D(2025, 7, 1),
        decision=decision("759/QĐ-TLĐ", signed_on=D(2025, 6, 20), issuer="Tổng Liên đoàn Lao động Việt Nam"),
    )  # fmt: skip
    province = Organisation.objects.get(pk=unions.province.pk)
    assert not province.get_children().exists()  # its units are under Thái Nguyên now
    assert _figures(term_report(province, term, REPORT_DAY)) == before
    # The province it merged into counts them today, in its own report.
    other_term = Term.objects.create(
        organisation=unions.other_province,
        name="2017–2025",
        starts_on=D(2017, 1, 1),
        ends_on=D(2025, 12, 31),
        congress_held_on=D(2017, 1, 1),
    )
    assert term_report(unions.other_province, other_term, REPORT_DAY).pipeline["introduced"] == 7
