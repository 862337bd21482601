"""
The pipeline's figures: a full path updates the member's Party status, which the
registry's statistics count from the admission date; the pipeline counts of a
subtree over a period come from the stage dates.
"""

import datetime

import pytest
from wagtail.models import ModelLogEntry

from congdoan.members.selectors import party_members_on, statistics_on
from congdoan.members.vocabularies import PartyStatus
from congdoan.party import services
from congdoan.party.models import Stage
from congdoan.party.selectors import pipeline_counts
from congdoan.registry_fixtures import admit

from .conftest import day, new_candidate

pytestmark = pytest.mark.django_db


def test_a_full_path_makes_the_member_a_party_member_from_the_admission_date(unions, chair):
    member = admit(unions.office, family="Hoàng", middle="Thị", given="Lan", born_on=day("02/04/1990"))
    admit(unions.inspectorate, family="Lò", middle="Văn", given="Pọm")  # not a candidate
    candidate = services.identify_candidate(member=member, identified_on=day("10/01/2018"), user=chair)
    services.start_fostering(candidate, on=day("01/02/2018"), user=chair)
    services.record_course(
        candidate, course_started_on=day("01/03/2018"), course_ended_on=day("05/03/2018"),
        certificate_number="GCN-2018-17", certificate_issued_on=day("10/03/2018"), user=chair,
    )  # fmt: skip
    services.introduce(
        candidate, on=day("01/06/2018"), resolution_number="05/NQ-CĐCS", party_cell="Chi bộ Văn phòng Sở", user=chair
    )
    services.start_procedure(candidate, on=day("01/07/2018"), user=chair)
    services.admit(candidate, on=day("03/09/2018"), decision_number="112-QĐ/ĐU", user=chair)

    member.refresh_from_db()
    assert member.party_admitted_on == day("03/09/2018") and member.party_confirmed_on is None
    assert member.party_status == PartyStatus.PROBATIONARY
    assert statistics_on(unions.transport, day("02/09/2018")).party_members == 0
    assert statistics_on(unions.transport, day("03/09/2018")).party_members == 1
    assert statistics_on(unions.transport, day("03/09/2018")).members == 2
    assert list(party_members_on(unions.transport, day("03/09/2018"))) == [member]

    services.confirm(candidate, on=day("03/09/2019"), decision_number="230-QĐ/ĐU", user=chair)
    member.refresh_from_db()
    assert member.party_confirmed_on == day("03/09/2019") and member.party_status == PartyStatus.FULL
    assert member.party_status_on(day("02/09/2019")) == PartyStatus.PROBATIONARY
    assert statistics_on(unions.province, day("31/12/2019")).party_members == 1

    # The member's own history shows both changes, made by the chair.
    changes = [
        (change["field"], change["after"])
        for entry in ModelLogEntry.objects.for_instance(member).filter(user=chair)
        for change in entry.data["changes"]
    ]
    assert sorted(changes) == [("party_admitted_on", "2018-09-03"), ("party_confirmed_on", "2019-09-03")]
    # The candidacy's history has an entry per step, by the chair.
    assert ModelLogEntry.objects.for_instance(candidate).filter(user=chair).count() == 7
    assert candidate.stage_on(day("15/08/2018")) == Stage.IN_PROCEDURE


@pytest.fixture
def pipeline(unions):
    """
    Candidacies in 2018 across the tree: transport's two branches, the school,
    and a factory in the other province (outside every subtree asked below).
    """
    made = {}
    made["admitted"] = new_candidate(
        unions.office, Stage.ADMITTED, identified_on=day("10/01/2018")
    )  # admitted 28/08/2018
    made["in_procedure"] = new_candidate(
        unions.office, Stage.IN_PROCEDURE, identified_on=day("01/03/2018")
    )  # from 18/08/2018
    made["introduced"] = new_candidate(
        unions.inspectorate, Stage.INTRODUCED, identified_on=day("01/05/2018")
    )  # 18/09/2018
    made["late"] = new_candidate(
        unions.inspectorate, Stage.INTRODUCED, identified_on=day("01/10/2018")
    )  # introduced 2019
    made["withdrawn"] = new_candidate(unions.transport, Stage.FOSTERING, identified_on=day("01/02/2018"))
    services.withdraw(made["withdrawn"], on=day("01/11/2018"), reason="Chuyển công tác", user=None)
    made["school"] = new_candidate(unions.school, Stage.ADMITTED, identified_on=day("15/01/2018"))
    made["factory"] = new_candidate(unions.factory, Stage.ADMITTED, identified_on=day("15/01/2018"))
    return made


def test_pipeline_counts_of_a_subtree_over_a_period(unions, pipeline):
    assert pipeline["introduced"].introduced_on == day("18/09/2018")
    assert pipeline["late"].introduced_on.year == 2019
    counts = pipeline_counts(
        [unions.transport, unions.office, unions.upper, unions.province], day("01/01/2018"), day("31/12/2018")
    )
    assert counts[unions.transport.pk] == {
        "identified": 5, "fostered": 5, "introduced": 3, "admitted": 1, "confirmed": 0, "in_procedure": 1, "withdrawn": 1,
    }  # fmt: skip
    assert counts[unions.office.pk] == {
        "identified": 2, "fostered": 2, "introduced": 2, "admitted": 1, "confirmed": 0, "in_procedure": 1, "withdrawn": 0,
    }  # fmt: skip
    # The school is under the same upper union; the factory is in another province.
    assert counts[unions.upper.pk]["admitted"] == 2 and counts[unions.province.pk]["introduced"] == 4


def test_in_procedure_is_counted_on_the_end_date(unions, pipeline):
    # Before the admission of the first one (28/08/2018) both office candidacies were in procedure.
    assert pipeline["admitted"].procedure_started_on <= day("20/08/2018") < pipeline["admitted"].admitted_on
    counts = pipeline_counts([unions.office], day("01/01/2018"), day("20/08/2018"))
    assert counts[unions.office.pk]["in_procedure"] == 2 and counts[unions.office.pk]["admitted"] == 0
    # A year later: one admitted, the other still in procedure.
    counts = pipeline_counts([unions.office], day("01/01/2019"), day("31/12/2019"))
    assert counts[unions.office.pk]["in_procedure"] == 1 and counts[unions.office.pk]["introduced"] == 0


def test_a_stage_on_a_past_day(unions, pipeline):
    withdrawn = pipeline["withdrawn"]
    assert withdrawn.stage_on(day("31/10/2018")) == Stage.FOSTERING
    assert withdrawn.stage_on(day("01/11/2018")) == Stage.WITHDRAWN
    assert withdrawn.withdrawn_at_stage == Stage.FOSTERING
    assert pipeline["late"].stage_on(day("31/12/2018")) == Stage.FOSTERING
    assert pipeline["late"].stage_on(datetime.date(2018, 9, 1)) is None
