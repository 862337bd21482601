"""
The demo's congress terms, targets and quotas, Party candidates, emulation
movements and annual evaluations, on top of the registry demo (registry_demo).

The seed article (see /work/shared/seed) reports, on 19/12/2022, for Công đoàn
cơ sở Giao thông vận tải Bắc Kạn and its term 2017–2022: target "introduce at
least 5 outstanding members to the Party"; 20 introduced (400% of the target),
12 of them admitted, 2 in the admission procedure; 81 members of whom 55 are
Party members. Here those figures are records: the term and its resolution,
the target and its quotas to the five branches, and twenty candidacies with
the date of every stage, so that the term report computes them.

Choices where the seed is silent (the registry demo's executive committees
agree with them):

- The union's first congress was held on 16/6/2017 (resolution 01/NQ-ĐH); the
  term 2017–2022 runs until the second congress, 10/3/2023 (it ends on
  9/3/2023), which opens the term 2023–2028 (planned until 9/3/2028).
- The twelve admitted are exactly the twelve members admitted to the Party
  while in the union during 2017–2022 (the registry gives their admission
  and confirmation days; each candidacy has the same days). Of the eight
  others: two are in the admission procedure on 19/12/2022 (admitted on
  3/2/2023 and 19/5/2023), two introduced in the autumn of 2022 are still
  waiting for their party cell (one admitted on 2/9/2023, one withdrawn in
  2023), and four withdrew or were not admitted (2019–2022, reasons given).
- The term 2023–2028 has its own targets and quotas and a few candidates (one
  probationary member due for confirmation in December 2026, one course
  certificate that expires in December 2026, one in the admission procedure).
- Bắc Kạn's provincial term 2018–2023 (congress 22/8/2018) and Thái Nguyên's
  2023–2028 (congress 24/8/2023) each have a Party-introduction target with
  quotas to the units directly under them; the other grassroots unions have
  candidates too (those of their members admitted to the Party since 2018,
  and a few still in the pipeline), so that upper-level pages show figures.
- Emulation: the six movements and campaigns of the seed, with the union and
  its branches registered each year 2017–2025 and some awards; annual
  evaluations of the five branches 2017–2025 (the old scale for 2017–2018,
  Guide 1294/HD-TLĐ's from 2019), the quota criterion counted from the quotas.

Writes go through the services of congdoan.plans, congdoan.party and
congdoan.emulation (so the audit log holds what a user would have left),
except where a service refuses a record of the past that the demo needs (a
term or quotas of Bắc Kạn, dissolved in 2025): those are written as records
with an audit entry saying so. Deterministic (one seeded random generator);
loaded once.
"""

import datetime
import random
from decimal import Decimal

from django.db import transaction

from congdoan.accounts import audit
from congdoan.members import services as member_services
from congdoan.members.models import Member, Membership
from congdoan.members.selectors import members_on
from congdoan.members.vocabularies import MemberStatus
from congdoan.party.models import Candidate, Stage
from congdoan.plans.models import Comparison, Quota, Target, TargetPeriod, Term
from congdoan.unions.levels import Level
from congdoan.unions.models import Organisation, OrganisationStatus

from .registry_demo import FIRST_CONGRESS_DAY, MERGER_DAY, NEXT_CONGRESS_DAY, SEED_DAY, registry_is_loaded

D = datetime.date
SEED = 2017
TRANSPORT_CODE = "CDCS-GTVT-BK"
BRANCH_CODES = {
    "office": "CDBP-GTVT-VP",
    "inspectorate": "CDBP-GTVT-TT",
    "road": "CDBP-GTVT-DB",
    "coach": "CDBP-GTVT-BX",
    "inspection": "CDBP-GTVT-DK",
}
FIRST_TERM_ENDS = NEXT_CONGRESS_DAY - datetime.timedelta(days=1)
SECOND_TERM_ENDS = D(2028, 3, 9)
INTRODUCTION_TARGET = "Giới thiệu ít nhất 5 đoàn viên ưu tú cho Đảng xem xét kết nạp"
PARTY_COMMITTEE = "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Bắc Kạn"

# The party cell each branch introduces its candidates to (the road board was renamed on 1/7/2019).
PARTY_CELLS = {
    "office": "Chi bộ Văn phòng Sở Giao thông vận tải",
    "inspectorate": "Chi bộ Thanh tra Sở Giao thông vận tải",
    "road": "Chi bộ Ban Quản lý dự án sự nghiệp đường bộ",
    "coach": "Chi bộ Bến xe ô tô khách Bắc Kạn",
    "inspection": "Chi bộ Trung tâm Đăng kiểm phương tiện giao thông vận tải",
}
ROAD_CELL_RENAMED = (D(2019, 7, 1), "Chi bộ Ban Quản lý, bảo trì công trình đường bộ Bắc Kạn")


def _courses():
    """The Party-awareness courses (lớp bồi dưỡng nhận thức về Đảng): (first day, last day, certificates issued on)."""
    courses = [(D(2017, 5, 15), D(2017, 5, 19)), (D(2017, 10, 9), D(2017, 10, 13))]
    for year in range(2018, 2027):
        courses += [(D(year, 4, 9), D(year, 4, 13)), (D(year, 10, 8), D(year, 10, 12))]
    courses.append((D(2021, 12, 6), D(2021, 12, 10)))
    return sorted((start, end, end + datetime.timedelta(days=5)) for start, end in courses)


COURSES = _courses()

# The eight introduced during 2017–2022 who were not admitted in it: branch, introduced on,
# procedure started on, admitted on, withdrawn on (with the stage and reason).
NOT_ADMITTED_IN_TERM = [
    dict(key="P1", branch="road", introduced=D(2022, 6, 15), procedure=D(2022, 9, 20), admitted=D(2023, 2, 3)),
    dict(key="P2", branch="inspection", introduced=D(2022, 7, 20), procedure=D(2022, 10, 25),
         admitted=D(2023, 5, 19)),
    dict(key="A1", branch="coach", introduced=D(2022, 9, 12), procedure=D(2023, 4, 10), admitted=D(2023, 9, 2)),
    dict(key="A2", branch="office", introduced=D(2022, 11, 8), withdrawn=D(2023, 6, 15),
         reason="Quần chúng xin tạm dừng xem xét kết nạp vì được cử đi học tập trung dài hạn"),
    dict(key="W1", branch="office", introduced=D(2019, 12, 10), procedure=D(2020, 3, 16), withdrawn=D(2020, 8, 1),
         reason="Chuyển công tác sang Văn phòng Ủy ban nhân dân tỉnh; hồ sơ chuyển về tổ chức đảng nơi công tác mới",
         transferred_out=True),
    dict(key="W2", branch="office", introduced=D(2018, 8, 14), procedure=D(2018, 10, 22), withdrawn=D(2019, 1, 15),
         reason="Chi bộ biểu quyết không đủ hai phần ba số đảng viên chính thức tán thành"),
    dict(key="W3", branch="road", introduced=D(2020, 11, 17), withdrawn=D(2021, 6, 10),
         reason="Quần chúng xin rút khỏi danh sách vì hoàn cảnh gia đình"),
    dict(key="W4", branch="coach", introduced=D(2021, 8, 10), procedure=D(2021, 11, 1), withdrawn=D(2022, 3, 7),
         reason="Bị kỷ luật khiển trách về vi phạm nội quy lao động; chi bộ dừng xem xét kết nạp"),
]  # fmt: skip

# Candidates of the term 2023–2028 (stage dates; the last ones still in the pipeline on the demo's last day).
SECOND_TERM = [
    dict(key="N1", branch="inspectorate", introduced=D(2024, 4, 16), procedure=D(2024, 7, 8), admitted=D(2024, 12, 20),
         confirmed=D(2025, 12, 26)),
    dict(key="N2", branch="road", introduced=D(2025, 5, 13), procedure=D(2025, 8, 18), admitted=D(2025, 12, 19)),
    dict(key="N3", branch="office", introduced=D(2026, 4, 14), procedure=D(2026, 6, 1)),
    dict(key="N4", branch="inspection", course=(D(2021, 12, 6), D(2021, 12, 10)), identified=D(2021, 9, 20)),
    dict(key="N5", branch="coach", identified=D(2026, 3, 2)),
]  # fmt: skip


# The movements and campaigns of the seed article: name, kind, first day.
NATIONAL_MOVEMENTS = [
    ("Lao động giỏi, lao động sáng tạo", "movement", D(2013, 10, 1)),
    ("Giỏi việc nước - Đảm việc nhà", "movement", D(2013, 10, 1)),
    ("Xanh - sạch - đẹp, bảo đảm an toàn vệ sinh lao động", "movement", D(2013, 10, 1)),
]
PROVINCIAL_MOVEMENTS = [
    ("Đổi mới, sáng tạo, hiệu quả trong hoạt động của tổ chức Công đoàn", "movement", D(2016, 1, 1)),
    ("Tham mưu giỏi, phục vụ tốt", "movement", D(2016, 1, 1)),
    ("Cán bộ, công chức, viên chức Bắc Kạn nói không với tiêu cực", "campaign", D(2016, 1, 1)),
]

# What becomes of the candidates still on their way in the other grassroots unions (in turn).
OTHER_UNION_STORIES = [("procedure",), (), ("only_fostering",), ("procedure", "withdrawn"), ("procedure",)]


class _Numbers:
    """Running document numbers per series and year: 01/NQ-CĐCS, 02/NQ-CĐCS, …"""

    def __init__(self):
        self.counters = {}

    def next(self, series, year, pattern):
        number = self.counters.get((series, year), 0) + 1
        self.counters[(series, year)] = number
        return pattern.format(number=number, year=year)


def _party_cell(branch, day):
    if branch == "road" and day >= ROAD_CELL_RENAMED[0]:
        return ROAD_CELL_RENAMED[1]
    return PARTY_CELLS[branch]


def _age_on(born, day):
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class PlansDemo:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.numbers = _Numbers()
        self.orgs = {org.code: org for org in Organisation.objects.all()}
        self.transport = self.orgs[TRANSPORT_CODE]
        self.branches = {key: self.orgs[code] for key, code in BRANCH_CODES.items()}
        self.branch_key = {org.pk: key for key, org in self.branches.items()}
        self.certificates = {}  # course -> certificates issued so far
        self.used = set()  # members who already have a candidacy
        self.recorded = []  # candidacies written as records, not through the services: (member, why)

    def build(self):
        self.first_term = self.transport_term()
        self.transport_candidates()
        self.second_term = self.transport_second_term()
        self.other_candidates()
        self.provincial_terms()
        self.emulation()
        self.evaluations()

    # Terms, targets, quotas.

    def open_term(self, organisation, **fields):
        from congdoan.plans import services

        return services.open_term(organisation, **fields)

    def add_target(self, term, name, indicator, value, **fields):
        from congdoan.plans import services

        return services.add_target(term, name, indicator, Decimal(value), **fields)

    def allocate(self, target, allocation, year=None):
        from congdoan.plans import services

        return services.allocate_quotas(target, {unit: Decimal(value) for unit, value in allocation.items()}, year)

    def manual_result(self, target, organisation, year, value, evidence):
        from congdoan.plans import services

        return services.record_manual_result(target, organisation, year, Decimal(value), evidence)

    def transport_term(self):
        term = self.open_term(
            self.transport, name="2017–2022", starts_on=FIRST_CONGRESS_DAY, ends_on=FIRST_TERM_ENDS,
            congress_held_on=FIRST_CONGRESS_DAY, resolution_number="01/NQ-ĐH",
            resolution_signed_on=FIRST_CONGRESS_DAY,
            resolution_summary=(
                "Nghị quyết Đại hội Công đoàn cơ sở Giao thông vận tải Bắc Kạn lần thứ I, nhiệm kỳ 2017–2022. "
                "Trong nhiệm kỳ phối hợp giới thiệu ít nhất 05 đoàn viên ưu tú trở lên cho Đảng bồi dưỡng kết nạp; "
                "phát triển đoàn viên mới; hằng năm ít nhất 80% công đoàn bộ phận đạt vững mạnh."
            ),
        )  # fmt: skip
        introduction = self.add_target(term, INTRODUCTION_TARGET, "party_introduced", 5)
        self.allocate(introduction, {self.branches["office"]: 2, self.branches["inspectorate"]: 1,
                                     self.branches["road"]: 1, self.branches["coach"]: 1,
                                     self.branches["inspection"]: 1})  # fmt: skip
        recruited = self.add_target(term, "Phát triển ít nhất 8 đoàn viên mới trong nhiệm kỳ", "members_recruited", 8)
        self.allocate(recruited, {self.branches["office"]: 3, self.branches["road"]: 2, self.branches["coach"]: 1,
                                  self.branches["inspectorate"]: 1, self.branches["inspection"]: 1})  # fmt: skip
        self.add_target(term, "Tỷ lệ đảng viên trong tổng số đoàn viên đạt từ 60% trở lên", "party_member_share", 60)
        self.add_target(
            term, "Hằng năm ít nhất 80% công đoàn bộ phận được xếp loại ở mức cao nhất", "top_class_share", 80
        )
        activities = self.add_target(
            term, "Tổ chức ít nhất 2 hoạt động văn hóa, thể thao mỗi năm", "manual", 2,
            period=TargetPeriod.YEAR, unit="hoạt động",
        )  # fmt: skip
        evidence = {
            2017: (2, "Hội thao chào mừng Ngày truyền thống ngành Giao thông vận tải 28/8; giao lưu văn nghệ 20/10"),
            2018: (3, "Giải bóng chuyền hơi nữ 8/3; hội thao ngành 28/8; hội diễn văn nghệ chào mừng 20/11"),
            2019: (2, "Giải bóng bàn công đoàn cơ sở; hội thao Ngày truyền thống ngành 28/8"),
            2020: (1, "Hội thao 28/8 (các hoạt động khác tạm dừng do dịch Covid-19) — báo cáo tổng kết năm 2020"),
            2021: (1, "Giải cầu lông trực tuyến qua ứng dụng; các hoạt động tập trung tạm dừng do dịch Covid-19"),
            2022: (3, "Giải bóng chuyền hơi nữ 8/3; hội thao ngành 28/8; giao lưu văn nghệ chào mừng 20/10"),
        }
        for year, (value, note) in evidence.items():
            self.manual_result(activities, self.transport, year, value, note)
        return term

    def transport_second_term(self):
        term = self.open_term(
            self.transport, name="2023–2028", starts_on=NEXT_CONGRESS_DAY, ends_on=SECOND_TERM_ENDS,
            congress_held_on=NEXT_CONGRESS_DAY, resolution_number="01/NQ-ĐH", resolution_signed_on=NEXT_CONGRESS_DAY,
            resolution_summary="Nghị quyết Đại hội Công đoàn cơ sở Giao thông vận tải Bắc Kạn lần thứ II, "
                               "nhiệm kỳ 2023–2028.",
        )  # fmt: skip
        introduction = self.add_target(term, INTRODUCTION_TARGET, "party_introduced", 5)
        self.allocate(introduction, {branch: 1 for branch in self.branches.values()})
        recruited = self.add_target(term, "Phát triển ít nhất 6 đoàn viên mới trong nhiệm kỳ", "members_recruited", 6)
        self.allocate(recruited, {self.branches["office"]: 2, self.branches["road"]: 2,
                                  self.branches["inspection"]: 1})  # fmt: skip
        self.add_target(term, "Tỷ lệ đảng viên trong tổng số đoàn viên đạt từ 65% trở lên", "party_member_share", 65)
        self.add_target(
            term, "Hằng năm ít nhất 80% công đoàn bộ phận được xếp loại ở mức cao nhất", "top_class_share", 80
        )
        return term

    def provincial_terms(self):
        """Bắc Kạn 2018–2023 (a record of the past: the federation was merged into Thái Nguyên in 2025), Thái Nguyên 2023–2028."""
        bac_kan, thai_nguyen = self.orgs["LDLD-BK"], self.orgs["LDLD-TN"]
        term = self._past_term(
            bac_kan, name="2018–2023", starts_on=D(2018, 8, 22), ends_on=D(2023, 8, 9), congress_held_on=D(2018, 8, 22),
            resolution_number="01/NQ-ĐH", resolution_signed_on=D(2018, 8, 23),
            resolution_summary="Nghị quyết Đại hội Công đoàn tỉnh Bắc Kạn nhiệm kỳ 2018–2023.",
        )  # fmt: skip
        target = self._past_target(
            term, name="Giới thiệu ít nhất 30 đoàn viên ưu tú cho Đảng xem xét kết nạp", indicator="party_introduced",
            value=Decimal(30), position=1,
        )  # fmt: skip
        self._past_target(term, name="Phát triển ít nhất 40 đoàn viên mới", indicator="members_recruited",
                          value=Decimal(40), position=2)  # fmt: skip
        self._past_target(term, name="Tỷ lệ đảng viên trong tổng số đoàn viên đạt từ 45% trở lên",
                          indicator="party_member_share", value=Decimal(45), position=3)  # fmt: skip
        quotas = {
            "CDVC-BK": 5,
            "CDGD-BK": 4,
            "CDYT-BK": 4,
            "LDLD-TPBK": 4,
            "LDLD-CM": 3,
            "LDLD-BB": 3,
            TRANSPORT_CODE: 8,
        }
        self._past_quotas(target, {self.orgs[code]: value for code, value in quotas.items()})

        term = self.open_term(
            thai_nguyen, name="2023–2028", starts_on=D(2023, 8, 24), ends_on=D(2028, 8, 23),
            congress_held_on=D(2023, 8, 24), resolution_number="01/NQ-ĐH", resolution_signed_on=D(2023, 8, 25),
            resolution_summary="Nghị quyết Đại hội Công đoàn tỉnh Thái Nguyên nhiệm kỳ 2023–2028.",
        )  # fmt: skip
        target = self.add_target(term, "Giới thiệu ít nhất 40 đoàn viên ưu tú cho Đảng xem xét kết nạp",
                                 "party_introduced", 40)  # fmt: skip
        self.add_target(term, "Phát triển ít nhất 60 đoàn viên mới", "members_recruited", 60)
        self.add_target(term, "Tỷ lệ đảng viên trong tổng số đoàn viên đạt từ 40% trở lên", "party_member_share", 40)
        children = [child for child in thai_nguyen.get_children().order_by("path") if child.is_active]
        allocation = {child: (6 if child.level in (Level.UPPER, Level.SECTOR) else 2) for child in children}
        self.allocate(target, allocation)

        # The other grassroots unions' terms 2023–2028, so that the ranking of units has something to rank.
        unions = Organisation.objects.filter(level=Level.GRASSROOTS, status=OrganisationStatus.ACTIVE).exclude(
            pk=self.transport.pk
        )
        for number, union in enumerate(unions.order_by("code")):
            congress = D(2023, 2, 20) + datetime.timedelta(days=9 * number)
            term = self.open_term(
                union, name="2023–2028", starts_on=congress, ends_on=D(2028, congress.month, congress.day)
                - datetime.timedelta(days=1), congress_held_on=congress, resolution_number="01/NQ-ĐH",
                resolution_signed_on=congress,
            )  # fmt: skip
            self.add_target(term, "Giới thiệu ít nhất %d đoàn viên ưu tú cho Đảng xem xét kết nạp" % (1 + number % 2),
                            "party_introduced", 1 + number % 2)  # fmt: skip
            self.add_target(term, "Phát triển ít nhất 2 đoàn viên mới trong nhiệm kỳ", "members_recruited", 2)
            share = (30, 40, 50, 60)[number % 4]
            self.add_target(term, f"Tỷ lệ đảng viên trong tổng số đoàn viên đạt từ {share}% trở lên",
                            "party_member_share", share)  # fmt: skip

    def _past_term(self, organisation, **fields):
        term = Term.objects.create(organisation=organisation, **fields)
        audit.record(term, audit.CREATE, None, note="Dữ liệu mẫu: nhiệm kỳ đã qua của một tổ chức đã hợp nhất")
        return term

    def _past_target(self, term, **fields):
        target = Target.objects.create(term=term, comparison=Comparison.AT_LEAST, period=TargetPeriod.TERM, **fields)
        audit.record(target, audit.CREATE, None, note="Dữ liệu mẫu: chỉ tiêu của một nhiệm kỳ đã qua")
        return target

    def _past_quotas(self, target, allocation):
        Quota.objects.bulk_create(
            [
                Quota(target=target, organisation=unit, year=None, value=Decimal(value))
                for unit, value in allocation.items()
            ]
        )
        audit.record(target, audit.EDIT, None, note="Dữ liệu mẫu: giao chỉ tiêu cho nhiệm kỳ (đã qua)")

    # Candidates.

    def memberships(self, members):
        periods = {}
        for period in (
            Membership.objects.filter(member__in=members).select_related("organisation").order_by("started_on")
        ):
            periods.setdefault(period.member_id, []).append(period)
        return periods

    @staticmethod
    def union_on(periods, day):
        for period in periods:
            if period.started_on <= day and (period.ended_on is None or period.ended_on > day):
                return period.organisation
        return None

    def course_before(self, day, not_before=None):
        """The last course whose certificates were issued at least a week before ``day``."""
        fitting = [course for course in COURSES if course[2] <= day - datetime.timedelta(days=7)]
        if not_before:
            fitting = [course for course in fitting if course[0] >= not_before] or fitting[-1:]
        return fitting[-1]

    def certificate(self, course):
        count = self.certificates.get(course, 0) + 1
        self.certificates[course] = count
        return f"{course[0].month:02d}{count:02d}-{course[0].year}/GCN-TTCT"

    def plan_dates(self, *, introduced=None, admitted=None, identified_not_before, procedure=None, course=None,
                   identified=None):  # fmt: skip
        """Stage dates ending in ``introduced`` (or only identified/fostering), in order, with a course in between."""
        rng = self.rng
        if introduced is None and admitted is not None:
            procedure = admitted - datetime.timedelta(days=rng.randint(70, 110))
            introduced = procedure - datetime.timedelta(days=rng.randint(18, 45))
        dates = {"introduced_on": introduced, "procedure_started_on": procedure, "admitted_on": admitted}
        if introduced is not None:
            course = course or self.course_before(introduced)
        if course is not None:
            if len(course) == 2:
                course = (*course, course[1] + datetime.timedelta(days=5))
            fostering = max(course[0] - datetime.timedelta(days=rng.randint(20, 60)), identified_not_before)
            identified = identified or max(
                fostering - datetime.timedelta(days=rng.randint(20, 75)), identified_not_before
            )
            fostering = max(fostering, identified + datetime.timedelta(days=7))
            dates.update(course_started_on=course[0], course_ended_on=course[1], certificate_issued_on=course[2],
                         certificate_number=self.certificate(course), fostering_started_on=fostering)  # fmt: skip
        else:
            dates["fostering_started_on"] = identified + datetime.timedelta(days=rng.randint(20, 40))
        dates["identified_on"] = identified
        return {name: value for name, value in dates.items() if value is not None}

    def transport_candidates(self):
        admitted = list(
            members_on(self.transport, SEED_DAY)
            .filter(party_admitted_on__gte=MERGER_DAY, party_admitted_on__lte=SEED_DAY)
            .order_by("party_admitted_on", "pk")
        )
        assert len(admitted) == 12, len(admitted)
        periods = self.memberships(admitted)
        for member in admitted:
            joined = min(p.started_on for p in periods[member.pk])
            dates = self.plan_dates(
                admitted=member.party_admitted_on,
                identified_not_before=max(MERGER_DAY, joined + datetime.timedelta(days=90)),
            )
            branch = self.union_on(periods[member.pk], dates["identified_on"])
            dates.update(confirmed_on=member.party_confirmed_on)
            assert dates["introduced_on"] >= FIRST_CONGRESS_DAY, dates
            self.candidate(member, branch, dates)
        self.pipeline_story(NOT_ADMITTED_IN_TERM, first_day=MERGER_DAY, stays_until=D(2024, 10, 1))

    def pipeline_story(self, stories, first_day, stays_until):
        """Candidates who were not Party members, chosen per branch among members who stay long enough."""
        for story in stories:
            branch = self.branches[story["branch"]]
            introduced = story.get("introduced")
            start = story.get("identified") or (introduced - datetime.timedelta(days=330) if introduced else first_day)
            member = self.pick_member(branch, start, stays_until if not story.get("transferred_out") else None,
                                      transferred_out=story.get("transferred_out"), day=introduced or start)  # fmt: skip
            periods = self.memberships([member])[member.pk]
            joined = min(p.started_on for p in periods)
            lower = story.get("identified") or max(first_day, joined + datetime.timedelta(days=90))
            dates = self.plan_dates(
                introduced=introduced, procedure=story.get("procedure"), course=story.get("course"),
                identified=story.get("identified"), identified_not_before=lower,
            )  # fmt: skip
            for name, field in (("admitted", "admitted_on"), ("confirmed", "confirmed_on")):
                if story.get(name):
                    dates[field] = story[name]
            if story.get("admitted") and not story.get("confirmed") and story["admitted"] <= D(2025, 6, 1):
                dates["confirmed_on"] = story["admitted"] + datetime.timedelta(days=366 + self.rng.randint(0, 20))
            if story.get("withdrawn"):
                dates.update(withdrawn_on=story["withdrawn"], withdrawal_reason=story["reason"])
            self.candidate(member, branch, dates)

    def pick_member(self, branch, start, stays_until, *, transferred_out=False, day):
        """The first member (by record) of ``branch`` from ``start``, not in the Party, young enough, unused."""
        periods = Membership.objects.filter(organisation=branch, started_on__lte=start).select_related("member")
        if transferred_out:
            periods = periods.filter(end_reason="transfer", ended_on__gt=day)
        elif stays_until:
            periods = periods.filter(ended_on__isnull=True)
        for period in periods.order_by("member_id"):
            member = period.member
            if member.pk in self.used or member.party_admitted_on:
                continue
            if not 20 <= _age_on(member.born_on, day) <= 45:
                continue
            if transferred_out and period.organisation_id != branch.pk:
                continue
            return member
        raise LookupError(f"no member of {branch} fits a candidacy from {start}")

    def candidate(self, member, organisation, dates):
        """One candidacy with its stage dates (services: each stage in turn)."""
        self.used.add(member.pk)
        branch = self.branch_key.get(organisation.pk)
        introduced = dates.get("introduced_on")
        if introduced:
            assert 18 <= _age_on(member.born_on, introduced) <= 60, (member, introduced)
            dates.setdefault("introduction_resolution",
                             self.numbers.next("intro", introduced.year, "{number:02d}/NQ-CĐCS"))  # fmt: skip
            dates.setdefault("party_cell", _party_cell(branch, introduced) if branch else self.cell_of(organisation))
        if dates.get("admitted_on"):
            day = dates["admitted_on"]
            dates.setdefault("admission_decision", self.numbers.next("admit", day.year, "{number}-QĐ/ĐU"))
        if dates.get("confirmed_on"):
            day = dates["confirmed_on"]
            dates.setdefault("confirmation_decision", self.numbers.next("admit", day.year, "{number}-QĐ/ĐU"))
        return self._write_candidate(member, organisation, dates)

    @staticmethod
    def cell_of(organisation):
        return "Chi bộ " + (organisation.employer or organisation.name.replace("Công đoàn cơ sở ", ""))

    def _write_candidate(self, member, organisation, dates):
        """
        Through congdoan.party.services, stage by stage, as the union's officials
        would have entered it. Two cases cannot go through them today and are
        written as records (with an audit entry): a member who is no longer an
        active member of that union (identify_candidate takes the member's union
        of today), and a step a service refuses (counted in ``self.recorded``).
        """
        member = Member.objects.get(pk=member.pk)
        if member.status != MemberStatus.ACTIVE or member.organisation_id != organisation.pk:
            self.recorded.append((member, "member no longer active in that union"))
            return self._record_candidate(member, organisation, dates)
        from congdoan.party import services

        # The registry demo already holds the Party dates of members admitted before today
        # (it can be loaded alone); identify_candidate accepts only members outside the
        # Party, so the dates are lifted for that moment and put back unchanged.
        party_dates = {"party_admitted_on": member.party_admitted_on, "party_confirmed_on": member.party_confirmed_on}
        if member.party_admitted_on:
            Member.objects.filter(pk=member.pk).update(party_admitted_on=None, party_confirmed_on=None)
            member.refresh_from_db()
        candidate = services.identify_candidate(member=member, identified_on=dates["identified_on"], user=None)
        if party_dates["party_admitted_on"]:
            Member.objects.filter(pk=member.pk).update(**party_dates)
        steps = [
            ("fostering_started_on", lambda c, day: services.start_fostering(
                c, on=day, course_started_on=dates.get("course_started_on"), course_ended_on=dates.get("course_ended_on"),
                certificate_number=dates.get("certificate_number", ""),
                certificate_issued_on=dates.get("certificate_issued_on"), user=None)),
            ("introduced_on", lambda c, day: services.introduce(
                c, on=day, resolution_number=dates["introduction_resolution"], party_cell=dates["party_cell"], user=None)),
            ("procedure_started_on", lambda c, day: services.start_procedure(c, on=day, user=None)),
            ("admitted_on", lambda c, day: services.admit(
                c, on=day, decision_number=dates["admission_decision"], user=None)),
            ("confirmed_on", lambda c, day: services.confirm(
                c, on=day, decision_number=dates["confirmation_decision"], user=None)),
        ]  # fmt: skip
        for field, step in steps:
            if dates.get(field):
                candidate = step(candidate, dates[field])
        if dates.get("withdrawn_on"):
            candidate = services.withdraw(
                candidate, on=dates["withdrawn_on"], reason=dates["withdrawal_reason"], user=None
            )
        return candidate

    def _record_candidate(self, member, organisation, dates):
        stage = Stage.IDENTIFIED
        for field, reached in (("fostering_started_on", Stage.FOSTERING), ("introduced_on", Stage.INTRODUCED),
                               ("procedure_started_on", Stage.IN_PROCEDURE), ("admitted_on", Stage.ADMITTED),
                               ("confirmed_on", Stage.CONFIRMED)):  # fmt: skip
            if dates.get(field):
                stage = reached
        withdrawn_at = ""
        if dates.get("withdrawn_on"):
            withdrawn_at, stage = stage, Stage.WITHDRAWN
        candidate = Candidate.objects.create(
            member=member, organisation=organisation, stage=stage, withdrawn_at_stage=withdrawn_at, **dates
        )
        audit.record(candidate, audit.CREATE, None, note="Dữ liệu mẫu: nhập lại từ hồ sơ phát triển đảng viên")
        admitted, confirmed = dates.get("admitted_on"), dates.get("confirmed_on")
        if admitted and (member.party_admitted_on, member.party_confirmed_on) != (admitted, confirmed):
            member_services.update_member(member, party_admitted_on=admitted, party_confirmed_on=confirmed)
        return candidate

    def other_candidates(self):
        """The new term's candidates, and candidates of the other grassroots unions (for the upper levels' pages)."""
        self.pipeline_story(SECOND_TERM, first_day=NEXT_CONGRESS_DAY, stays_until=None)
        others = (
            Member.objects.filter(party_admitted_on__gte=D(2018, 9, 1), party_admitted_on__lte=D(2026, 3, 31))
            .exclude(pk__in=self.used)
            .order_by("pk")
        )
        periods = self.memberships(others)
        for member in others:
            union = self.union_on(periods.get(member.pk, []), member.party_admitted_on)
            if union is None or union.path.startswith(self.transport.path):
                continue
            joined = min(p.started_on for p in periods[member.pk])
            dates = self.plan_dates(admitted=member.party_admitted_on,
                                    identified_not_before=joined + datetime.timedelta(days=90))  # fmt: skip
            if (
                dates["identified_on"] >= dates["introduced_on"]
                or self.union_on(periods[member.pk], dates["identified_on"]) != union
            ):
                continue
            if member.party_confirmed_on:
                dates["confirmed_on"] = member.party_confirmed_on
            self.candidate(member, union, dates)
        # And some still on their way in the grassroots unions of today (one each, in turn at each stage).
        unions = Organisation.objects.filter(level=Level.GRASSROOTS, status=OrganisationStatus.ACTIVE).exclude(
            pk=self.transport.pk
        )
        for number, union in enumerate(unions.order_by("code")):
            introduced = D(2024, 3, 12) + datetime.timedelta(days=61 * (number % 12))
            story = OTHER_UNION_STORIES[number % len(OTHER_UNION_STORIES)]
            members = (
                Member.objects.filter(organisation=union, status=MemberStatus.ACTIVE, party_admitted_on__isnull=True,
                                      joined_union_on__lte=introduced - datetime.timedelta(days=400))
                .exclude(pk__in=self.used).order_by("pk")
            )  # fmt: skip
            member = next((m for m in members if 20 <= _age_on(m.born_on, introduced) <= 45), None)
            if member is None:
                continue
            self.used.add(member.pk)
            lower = max(member.joined_union_on + datetime.timedelta(days=90), introduced - datetime.timedelta(days=400))
            dates = self.plan_dates(introduced=introduced, identified_not_before=lower)
            for name in story:
                if name == "procedure":
                    dates["procedure_started_on"] = introduced + datetime.timedelta(days=40)
                elif name == "only_fostering":
                    for field in ("introduced_on",):
                        dates.pop(field)
                elif name == "withdrawn":
                    dates.update(
                        withdrawn_on=introduced + datetime.timedelta(days=150),
                        withdrawal_reason="Chi bộ đề nghị tiếp tục bồi dưỡng, xem xét lại sau một năm",
                    )
            self.candidate(member, union, dates)

    # Emulation.

    def emulation(self):
        """The seed's six movements and campaigns; the union, its branches and some members registered each year."""
        from congdoan.emulation import services
        from congdoan.emulation.models import Movement, Registration

        confederation, bac_kan = self.orgs["TLD"], self.orgs["LDLD-BK"]
        movements = []
        for name, kind, started in NATIONAL_MOVEMENTS:
            movements.append(services.create_movement(confederation, name, started, kind=kind))
        for name, kind, started in PROVINCIAL_MOVEMENTS:
            # Bắc Kạn was merged into Thái Nguyên on 1/7/2025: its movements are records of the past
            # (the services accept only a union that exists today as the launching one).
            movement = Movement.objects.create(organisation=bac_kan, kind=kind, name=name, started_on=started,
                                               ended_on=D(2025, 6, 30))  # fmt: skip
            audit.record(
                movement, audit.CREATE, None, note="Dữ liệu mẫu: phong trào của Liên đoàn Lao động tỉnh Bắc Kạn"
            )
            movements.append(movement)
        units = [self.transport, *self.branches.values()]
        award_number = 0
        for movement in movements:
            for year in range(2017, 2026):
                if movement.ended_on and movement.ended_on.year < year:
                    continue
                for unit in units:
                    registered_on = D(year, 2, 20) if year > 2017 else D(2017, 6, 30)
                    if movement.organisation_id == bac_kan.pk:
                        registration = Registration.objects.create(
                            movement=movement, year=year, organisation=unit, registered_on=registered_on
                        )
                        audit.record(registration, audit.CREATE, None, note="Dữ liệu mẫu: đăng ký thi đua (hồ sơ lưu)")
                    else:
                        registration = services.register(movement, year, organisation=unit, registered_on=registered_on)
                    if self.rng.random() < (0.35 if unit == self.transport else 0.2):
                        award_number += 1
                        giver = "Liên đoàn Lao động tỉnh" if unit == self.transport else "Ban Chấp hành Công đoàn cơ sở"
                        issuer = "QĐ-LĐLĐ" if unit == self.transport else "QĐ-CĐCS"
                        services.record_result(
                            registration, result="Hoàn thành xuất sắc", award=f"Giấy khen của {giver}",
                            award_decision=f"{award_number:02d}/{issuer}",
                        )  # fmt: skip
                    elif year < 2026:
                        services.record_result(registration, result="Hoàn thành")
        # Members: "Giỏi việc nước - Đảm việc nhà" for women, "Lao động giỏi, lao động sáng tạo" for others.
        women = list(Member.objects.filter(organisation__in=self.branches.values(), status=MemberStatus.ACTIVE,
                                           sex="F").order_by("pk")[:6])  # fmt: skip
        workers = list(Member.objects.filter(organisation__in=self.branches.values(), status=MemberStatus.ACTIVE,
                                             sex="M").order_by("-pk")[:6])  # fmt: skip
        for movement, people in ((movements[1], women), (movements[0], workers)):
            for number, member in enumerate(people):
                year = 2021 + number % 5
                if member.joined_union_on.year > year:
                    continue
                registration = services.register(movement, year, member=member, registered_on=D(year, 3, 1))
                if number % 2 == 0:
                    services.record_result(registration, result="Đạt", award="Giấy khen của Ban Chấp hành Công đoàn cơ sở",
                                           award_decision=f"{10 + number:02d}/QĐ-CĐCS")  # fmt: skip

    def evaluations(self):
        """
        The five branches (by the union) and the union itself (by the union above it),
        2017–2025, through emulation's ``evaluate``: the scale in force that year, the
        quota criterion counted from the quotas, and the best class the sheet allows.
        """
        from django.core.exceptions import ValidationError
        from django.utils import translation

        from congdoan.emulation import services
        from congdoan.emulation.scales import scale_for_year

        decision = 0
        for year in range(2017, 2026):
            scale = scale_for_year(year)
            for unit in [*self.branches.values(), self.transport]:
                with translation.override("vi"):
                    criteria = []
                    for item in scale.default_criteria:
                        share = Decimal(self.rng.choice([78, 85, 90, 92, 95, 96, 98, 100])) / 100
                        criteria.append(
                            (str(item.name), item.max_points, (item.max_points * share).quantize(Decimal(1)))
                        )
                    decision += 1
                    number = f"{decision:02d}/QĐ-CĐCS" if unit != self.transport else f"{decision:02d}/QĐ-LĐLĐ"
                    for choice in scale.classes:
                        try:
                            services.evaluate(unit, year, criteria, choice.code, decided_on=D(year + 1, 1, 15),
                                              decision_number=number)  # fmt: skip
                            break
                        except ValidationError:
                            continue


def plans_are_loaded():
    return Term.objects.filter(organisation__code=TRANSPORT_CODE).exists()


@transaction.atomic
def load_plans_demo():
    """Terms, targets, quotas, candidates, movements and evaluations. False (nothing changed) if already there."""
    if not registry_is_loaded() or plans_are_loaded():
        return False
    PlansDemo().build()
    return True
