"""A target's progress is counted from the records of the union's whole subtree, within the term."""

import datetime
from decimal import Decimal

import pytest

from congdoan.party.models import Candidate, Stage
from congdoan.plans.models import Quota, Target, Term
from congdoan.plans.selectors import quota_results, target_progress
from congdoan.registry_fixtures import admit

pytestmark = pytest.mark.django_db

D = datetime.date


def candidate(union, introduced_on, **dates):
    member = admit(union, given=f"Ứng viên {introduced_on}")
    return Candidate.objects.create(
        member=member,
        organisation=union,
        identified_on=D(2017, 1, 2),
        introduced_on=introduced_on,
        stage=Stage.INTRODUCED,
        **dates,
    )


@pytest.fixture
def term(unions):
    term = Term.objects.create(
        organisation=unions.transport,
        name="2017–2022",
        starts_on=D(2017, 3, 20),
        ends_on=D(2022, 12, 31),
        congress_held_on=D(2017, 3, 20),
    )
    Target.objects.create(term=term, name="Giới thiệu ít nhất 5 đoàn viên ưu tú", indicator="party_introduced", value=5)
    return term


def test_introductions_across_branches_count_for_the_union_and_only_inside_the_term(unions, term):
    for day in (D(2018, 5, 1), D(2019, 5, 1), D(2019, 6, 1)):
        candidate(unions.office, day)
    candidate(unions.inspectorate, D(2021, 1, 1), admitted_on=D(2021, 9, 1))
    candidate(unions.inspectorate, D(2016, 1, 1))  # before the term
    candidate(unions.school, D(2019, 1, 1))  # another union
    [progress] = target_progress(term)
    assert progress.actual == 4 and progress.goal == 5 and not progress.met
    assert progress.achieved_percent == Decimal("80.00")
    assert dict(progress.per_year)[2019] == 2 and dict(progress.per_year)[2021] == 1


def test_quotas_short_of_the_target_are_flagged_and_each_branch_is_counted(unions, term):
    target = term.targets.get()
    Quota.objects.create(target=target, organisation=unions.office, value=2)
    Quota.objects.create(target=target, organisation=unions.inspectorate, value=2)
    candidate(unions.office, D(2018, 5, 1))
    candidate(unions.office, D(2019, 5, 1))
    [progress] = target_progress(term)
    assert progress.quotas_total == 4 and progress.quota_shortfall
    results = {result.unit: (result.actual, result.met) for result in quota_results(term)}
    assert results == {unions.office: (2, True), unions.inspectorate: (0, False)}
