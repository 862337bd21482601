"""The small rules the term pages ask by name: which day, which year of quotas, who may change what."""

import datetime
from decimal import Decimal

import pytest

from congdoan.accounts.scoping import scope_of
from congdoan.plans import selectors, services
from congdoan.plans.selectors import RankedUnit

pytestmark = pytest.mark.django_db

D = datetime.date


def test_progress_is_counted_to_the_day_asked_kept_inside_the_term(term):
    assert selectors.progress_day(term, D(2019, 6, 1)) == D(2019, 6, 1)
    assert selectors.progress_day(term, D(2010, 1, 1)) == term.starts_on
    assert selectors.progress_day(term, D(2030, 1, 1)) == term.ends_on
    assert selectors.counted_on(None) == datetime.date.today()
    assert selectors.counted_on(D(2019, 6, 1)) == D(2019, 6, 1)


def test_quotas_are_shown_for_the_year_asked_else_this_year_or_the_terms_first(term):
    whole_term = term.targets.get()
    per_year = services.add_target(term, name="Kết nạp mỗi năm", indicator="members_recruited", value=3, period="year")
    assert selectors.quotas_for_whole_term(whole_term) and not selectors.quotas_for_whole_term(per_year)
    assert selectors.quota_year(whole_term) is None
    assert selectors.quota_year(whole_term, 2019) == 2019
    assert selectors.quota_year(per_year, 2020) == 2020
    assert selectors.quota_year(per_year, today=D(2021, 5, 1)) == 2021
    assert selectors.quota_year(per_year, today=D(2030, 5, 1)) == 2017


def test_quotas_of_a_count_add_up_and_quotas_of_a_share_do_not():
    assert selectors.quotas_summed("count") and selectors.quotas_summed("cuộc")
    assert not selectors.quotas_summed("percent")


def test_a_unit_meets_its_targets_from_a_score_of_100(unions):
    assert RankedUnit(unions.office, None, score=Decimal(100)).meets_its_targets
    assert not RankedUnit(unions.office, None, score=Decimal("99.99")).meets_its_targets
    assert not RankedUnit(unions.office, None).meets_its_targets


def test_officials_change_plans_and_open_terms_only_for_a_union_not_dissolved(unions, users):
    chair, viewer = scope_of(users["chair"]), scope_of(users["viewer"])
    assert services.may_change_plans(chair) and not services.may_change_plans(viewer)
    assert services.may_open_term(chair, unions.transport) and not services.may_open_term(viewer, unions.transport)
    unions.transport.status = "dissolved"
    assert not services.term_openable(unions.transport)
    assert not services.may_open_term(chair, unions.transport)
