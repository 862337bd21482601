"""The term report's figures come from the records of the union's subtree, within the term."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from congdoan.registry_fixtures import admit, found
from congdoan.reports.selectors import term_report
from congdoan.unions.levels import Level

from .conftest import D, REPORT_DAY

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

    Target.objects.create(term=world.term, name="Kết nạp ít nhất 1 đảng viên mỗi năm", indicator="party_admitted", value=1, period=TargetPeriod.YEAR, position=1)
    Target.objects.create(term=world.term, name="Tỷ lệ đảng viên ít nhất 30%", indicator="party_member_share", value=30, position=2)
    Target.objects.create(term=world.term, name="Kết nạp đoàn viên mới", indicator="members_recruited", value=3, position=3)
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
    ManualResult.objects.create(target=manual, organisation=world.unions.transport, year=2019, value=1, evidence="Báo cáo năm")
    Target.objects.create(term=world.term, name="Kết nạp ít nhất 1 đảng viên mỗi năm", indicator="party_admitted", value=1, period=TargetPeriod.YEAR, position=1)
    report = term_report(world.unions.transport, world.term, REPORT_DAY)
    full = target_progress(world.term, REPORT_DAY)
    assert [(p.goal, p.actual) for p in report.targets] == [(p.goal, p.actual) for p in full]
    assert [(p.goal, p.actual) for p in report.targets][0] == (2, 1)
