"""A small union with records from which its term report's figures are known in advance."""

import datetime

import pytest

from congdoan.emulation.models import Evaluation, Movement, Registration
from congdoan.party.models import Candidate, Stage
from congdoan.plans.models import Quota, Target, Term
from congdoan.registry_fixtures import admit
from congdoan.unions.models import CommitteeSeat, ExecutiveCommittee, Position

D = datetime.date
REPORT_DAY = D(2022, 12, 19)


def candidate(
    union, *, identified_on=D(2018, 1, 10), introduced_on=None, procedure_on=None, admitted_on=None, given="Ứng viên"
):
    member = admit(union, given=given)
    stage = Stage.IDENTIFIED
    for reached, when in (
        (Stage.INTRODUCED, introduced_on),
        (Stage.IN_PROCEDURE, procedure_on),
        (Stage.ADMITTED, admitted_on),
    ):
        if when:
            stage = reached
    return Candidate.objects.create(
        member=member,
        organisation=union,
        stage=stage,
        identified_on=identified_on,
        fostering_started_on=identified_on if introduced_on else None,
        introduced_on=introduced_on,
        procedure_started_on=procedure_on,
        admitted_on=admitted_on,
    )


class ReportWorld:
    """
    The transport union (office and inspectorate branches), term 2017–2022 with the target
    "at least 5 introduced" and quotas of 3 and 2 to its branches.

    On 19/12/2022: 12 members (office 7, inspectorate 5), of whom 4 Party members (office 3 —
    two of them admitted in the term — and inspectorate 1). In the term: 7 identified, 6
    fostered, 6 introduced (office 4, inspectorate 2: 120 % of the target; quotas 133.33 % and
    100 %), 2 admitted (office), 1 in the admission procedure (inspectorate). One more member
    of the office was introduced in 2016, before the term, and one of the school (another union).
    """

    def __init__(self, unions):
        self.unions = unions
        transport, office, inspectorate = unions.transport, unions.office, unions.inspectorate
        self.term = Term.objects.create(
            organisation=transport,
            name="2017–2022",
            starts_on=D(2017, 3, 20),
            ends_on=D(2022, 12, 31),
            congress_held_on=D(2017, 3, 20),
            resolution_number="01/NQ-CĐ",
        )
        self.target = Target.objects.create(
            term=self.term,
            name="Giới thiệu ít nhất 5 đoàn viên ưu tú cho Đảng",
            indicator="party_introduced",
            value=5,
        )
        Quota.objects.create(target=self.target, organisation=office, value=3)
        Quota.objects.create(target=self.target, organisation=inspectorate, value=2)
        # Members who are no candidates: office 2 (1 Party member from before the term), inspectorate 1.
        admit(office, given="Hà", party_admitted_on=D(2010, 5, 1))
        admit(office, given="Bình")
        admit(inspectorate, given="Cúc")
        # Candidates (each also a member).
        candidate(
            office, introduced_on=D(2018, 3, 1), admitted_on=D(2019, 2, 1), procedure_on=D(2018, 9, 1), given="Dũng"
        )
        candidate(
            office, introduced_on=D(2019, 3, 1), admitted_on=D(2020, 2, 1), procedure_on=D(2019, 9, 1), given="Giang"
        )
        candidate(office, introduced_on=D(2020, 3, 1), given="Hải")
        candidate(office, introduced_on=D(2021, 3, 1), given="Khánh")
        candidate(inspectorate, introduced_on=D(2021, 4, 1), procedure_on=D(2022, 6, 1), given="Lan")
        candidate(inspectorate, introduced_on=D(2022, 4, 1), given="Minh")
        candidate(inspectorate, identified_on=D(2022, 1, 5), given="Nga")
        # The admitted candidates became Party members (the pipeline service would do this).
        from congdoan.members.models import Member
        from congdoan.members.services import update_member

        for given, admitted_on in (("Dũng", D(2019, 2, 1)), ("Giang", D(2020, 2, 1)), ("Hải", None), ("Khánh", None)):
            update_member(Member.objects.get(given_name=given), party_admitted_on=admitted_on)
        admit(inspectorate, given="Oanh", party_admitted_on=D(2012, 1, 1))
        # Not counted: introduced before the term; introduced by another union.
        candidate(office, identified_on=D(2015, 1, 1), introduced_on=D(2016, 5, 1), given="Quân")
        candidate(unions.school, introduced_on=D(2019, 1, 1), given="Phúc")
        # Emulation: a movement launched by the province, registered by the office and a member.
        movement = Movement.objects.create(
            organisation=unions.province, name="Lao động giỏi, lao động sáng tạo", started_on=D(2017, 1, 1)
        )
        Registration.objects.create(
            movement=movement, year=2019, organisation=office, registered_on=D(2019, 2, 1), award="Bằng khen"
        )
        Registration.objects.create(
            movement=movement, year=2020, organisation=inspectorate, registered_on=D(2020, 2, 1)
        )
        Movement.objects.create(organisation=transport, name="Giỏi việc nước - Đảm việc nhà", started_on=D(2018, 1, 1))
        Evaluation.objects.create(
            organisation=office,
            year=2021,
            scale="1294",
            classification="Hoàn thành xuất sắc nhiệm vụ",
            is_top_class=True,
        )
        Evaluation.objects.create(
            organisation=inspectorate, year=2021, scale="1294", classification="Hoàn thành tốt nhiệm vụ"
        )
        committee = ExecutiveCommittee.objects.create(organisation=transport, term_starts_on=D(2017, 3, 20))
        CommitteeSeat.objects.create(
            committee=committee, full_name="Nông Văn Tú", position=Position.CHAIR, started_on=D(2017, 3, 20)
        )


@pytest.fixture
def world(unions):
    return ReportWorld(unions)
