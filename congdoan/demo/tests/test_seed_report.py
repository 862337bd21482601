"""
The seed article's figures come out of the demo's records: on 19/12/2022 the
term report of Công đoàn cơ sở Giao thông vận tải Bắc Kạn for 2017–2022 shows
81 members of whom 55 Party members; target "at least 5 introduced to the
Party": 20 introduced (400%), 12 admitted, 2 in the admission procedure.
"""

import datetime
from decimal import Decimal

import pytest

from congdoan.demo import plans_demo, registry_demo
from congdoan.members.models import Member
from congdoan.members.selectors import members_on
from congdoan.party.models import Candidate, Stage
from congdoan.party.selectors import pipeline_counts
from congdoan.plans.models import Quota, Term
from congdoan.plans.selectors import quota_results, target_progress
from congdoan.unions.models import Organisation

pytestmark = pytest.mark.django_db

SEED_DAY = datetime.date(2022, 12, 19)
TRANSPORT = "CDCS-GTVT-BK"


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The registry and plans demo, loaded once for the module (it takes a few seconds) and removed afterwards."""
    with django_db_blocker.unblock():
        from django.db import transaction

        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            assert registry_demo.load_registry_demo() is True
            assert plans_demo.load_plans_demo() is True
            transport = Organisation.objects.get(code=TRANSPORT)
            yield {
                "transport": transport,
                "term": Term.objects.get(organisation=transport, name="2017–2022"),
                "next_term": Term.objects.get(organisation=transport, name="2023–2028"),
            }
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def test_term_report_on_the_seed_day_has_the_seed_figures(demo):
    from congdoan.reports.selectors import term_report

    report = term_report(demo["transport"], demo["term"], SEED_DAY)
    assert (report.members, report.party_members) == (81, 55)
    introduction = next(row for row in report.targets if row.target.indicator == "party_introduced")
    assert (introduction.goal, introduction.actual, introduction.achieved_percent) == (5, 20, 400)
    assert report.pipeline["introduced"] == 20
    assert report.pipeline["admitted"] == 12
    assert report.pipeline["in_procedure"] == 2


def test_the_same_figures_from_the_plans_and_party_selectors(demo):
    transport, term = demo["transport"], demo["term"]
    progress = {row.target.indicator: row for row in target_progress(term, SEED_DAY)}
    introduction = progress["party_introduced"]
    assert introduction.target.name == "Giới thiệu ít nhất 5 đoàn viên ưu tú cho Đảng xem xét kết nạp"
    assert (introduction.goal, introduction.actual, introduction.achieved_percent) == (5, 20, Decimal(400))
    assert introduction.met and not introduction.quota_shortfall and introduction.quotas_total >= 5
    assert progress["party_member_share"].actual == Decimal("67.90")  # 55 of 81
    counts = pipeline_counts([transport], term.starts_on, SEED_DAY)[transport.pk]
    assert (counts["introduced"], counts["admitted"], counts["in_procedure"]) == (20, 12, 2)


def test_the_twelve_admitted_are_the_members_admitted_during_the_term(demo):
    transport, term = demo["transport"], demo["term"]
    admitted = Candidate.objects.filter(
        organisation__path__startswith=transport.path, admitted_on__gte=term.starts_on, admitted_on__lte=SEED_DAY
    )
    members = members_on(transport, SEED_DAY).filter(
        party_admitted_on__gte=registry_demo.MERGER_DAY, party_admitted_on__lte=SEED_DAY
    )
    assert {c.member_id: c.admitted_on for c in admitted} == {m.pk: m.party_admitted_on for m in members}
    for candidate in admitted:
        member = candidate.member
        assert candidate.confirmed_on == member.party_confirmed_on
        assert candidate.confirmed_on >= candidate.admitted_on + datetime.timedelta(days=365)
    # Stage dates in order, the course certificate valid, the age right, at every introduction.
    for candidate in Candidate.objects.filter(introduced_on__isnull=False).select_related("member"):
        days = [candidate.identified_on, candidate.fostering_started_on, candidate.course_started_on,
                candidate.course_ended_on, candidate.certificate_issued_on, candidate.introduced_on,
                candidate.procedure_started_on, candidate.admitted_on, candidate.confirmed_on]  # fmt: skip
        days = [day for day in days if day]
        assert days == sorted(days), candidate
        assert candidate.certificate_valid_until >= candidate.introduced_on
        born = candidate.member.born_on
        age = candidate.introduced_on.year - born.year - ((candidate.introduced_on.month, candidate.introduced_on.day) < (born.month, born.day))  # fmt: skip
        assert 18 <= age <= 60


def test_quotas_branches_and_the_later_terms(demo):
    transport, term, next_term = demo["transport"], demo["term"], demo["next_term"]
    introduction = term.targets.get(indicator="party_introduced")
    quotas = Quota.objects.filter(target=introduction)
    assert {quota.organisation for quota in quotas} == set(transport.get_children())
    assert sum(quota.value for quota in quotas) >= 5
    results = [r for r in quota_results(term, day=SEED_DAY) if r.quota.target_id == introduction.pk]
    assert sum(r.actual for r in results) == 20
    assert all(r.actual >= 1 for r in results)  # every branch introduced someone
    withdrawn = Candidate.objects.filter(organisation__path__startswith=transport.path, stage=Stage.WITHDRAWN)
    assert all(c.withdrawal_reason for c in withdrawn) and withdrawn.count() >= 4
    assert next_term.starts_on == term.ends_on + datetime.timedelta(days=1)
    assert {c.stage for c in Candidate.objects.filter(introduced_on__gte=next_term.starts_on)} >= {
        Stage.IN_PROCEDURE,
        Stage.ADMITTED,
    }
    # The upper levels have terms and quotas too.
    assert Term.objects.filter(organisation__code="LDLD-BK", name="2018–2023").exists()
    assert Quota.objects.filter(target__term__organisation__code="LDLD-TN").count() >= 3
    assert Candidate.objects.exclude(organisation__path__startswith=transport.path).count() >= 10
    # Admissions after the seed day went into the members' records.
    assert Member.objects.filter(party_candidacies__admitted_on__gt=SEED_DAY, party_admitted_on__gt=SEED_DAY).exists()


def test_loading_twice_changes_nothing(demo):
    before = (Term.objects.count(), Candidate.objects.count(), Quota.objects.count())
    assert plans_demo.load_plans_demo() is False
    assert (Term.objects.count(), Candidate.objects.count(), Quota.objects.count()) == before


def test_movements_and_annual_evaluations(demo):
    from congdoan.emulation.models import Evaluation, Movement, Registration

    transport = demo["transport"]
    names = set(Movement.objects.values_list("name", flat=True))
    assert {
        "Lao động giỏi, lao động sáng tạo",
        "Giỏi việc nước - Đảm việc nhà",
        "Xanh - sạch - đẹp, bảo đảm an toàn vệ sinh lao động",
        "Đổi mới, sáng tạo, hiệu quả trong hoạt động của tổ chức Công đoàn",
        "Tham mưu giỏi, phục vụ tốt",
        "Cán bộ, công chức, viên chức Bắc Kạn nói không với tiêu cực",
    } <= names
    registered = Registration.objects.filter(organisation=transport, member__isnull=True)
    assert set(registered.values_list("year", flat=True)) >= set(range(2017, 2023))
    assert Registration.objects.exclude(award="").filter(organisation__path__startswith=transport.path).exists()
    branches = list(transport.get_children())
    evaluations = Evaluation.objects.filter(organisation__in=branches, year__in=range(2017, 2023))
    assert evaluations.count() == 5 * 6
    assert set(evaluations.filter(year__lte=2018).values_list("scale", flat=True)) == {"before_2019"}
    assert set(evaluations.filter(year__gte=2019).values_list("scale", flat=True)) == {"1294"}
    # Every branch's sheet counts its quota results as one criterion.
    assert all(evaluation.criteria.filter(from_quotas=True).count() == 1 for evaluation in evaluations)
    # No branch is rated in the top class with a criterion below half its points.
    for evaluation in evaluations.filter(is_top_class=True):
        assert all(line.points * 2 >= line.max_points for line in evaluation.criteria.all())


def test_the_report_names_each_years_classification_on_its_own_scale(demo):
    from congdoan.reports.selectors import term_report

    report = term_report(demo["transport"], demo["term"], SEED_DAY)
    shown = {}
    for row in report.emulation.classifications:
        shown.setdefault(row.year, set()).add(row.classification)
    old_scale = {"Vững mạnh", "Khá", "Trung bình", "Yếu"}
    assert shown[2017] | shown[2018] <= old_scale
    assert all(label.endswith("nhiệm vụ") for label in shown[2021])


def test_the_seed_days_report_is_issued_under_bac_kan_as_it_was_that_day(demo):
    """Bắc Kạn merged into Thái Nguyên on 1/7/2025; the report of 19/12/2022 names the tree of that day."""
    from congdoan.reports.documents.content import report_document
    from congdoan.reports.selectors import term_report

    document = report_document(term_report(demo["transport"], demo["term"], SEED_DAY))
    assert document.issuer_above == "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC KẠN"
    assert document.issuer == "CÔNG ĐOÀN CƠ SỞ GIAO THÔNG VẬN TẢI BẮC KẠN"
    assert document.place_date == "Bắc Kạn, ngày 19 tháng 12 năm 2022"
    assert document.recipients[0] == "- Liên đoàn Lao động tỉnh Bắc Kạn (để báo cáo);"
    assert not [text for text in document.texts() if "Thái Nguyên" in text or "THÁI NGUYÊN" in text]
    # A unit renamed on 1/7/2019 is named as it was on the report's day.
    early = report_document(term_report(demo["transport"], demo["term"], datetime.date(2018, 12, 31)))
    units = early.sections[4].blocks[0]  # "IV. Results of the units": its table
    assert "Công đoàn bộ phận Ban Quản lý dự án sự nghiệp đường bộ" in [row[1] for row in units.rows]
    # After the merger, the next term's report is issued under Thái Nguyên.
    later = report_document(term_report(demo["transport"], demo["next_term"], datetime.date(2025, 12, 1)))
    assert later.issuer_above == "LIÊN ĐOÀN LAO ĐỘNG TỈNH THÁI NGUYÊN"
    assert later.place_date == "Thái Nguyên, ngày 01 tháng 12 năm 2025"
