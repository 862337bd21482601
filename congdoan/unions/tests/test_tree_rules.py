"""The rules of the union pages, named in the services and selectors: what may change, where a union may go."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from congdoan.accounts.scoping import scope_of
from congdoan.registry_fixtures import found, role_users
from congdoan.unions import selectors, services
from congdoan.unions.levels import Level, unit_levels
from congdoan.unions.models import Decision, EventKind

pytestmark = pytest.mark.django_db

DECISION = {"decision_number": "7/QĐ-LĐLĐ", "decision_date": datetime.date(2025, 6, 1), "decision_issuer": "LĐLĐ"}


def test_a_dissolved_union_takes_no_more_changes(unions):
    assert services.open_to_changes(unions.school)
    services.record_event(unions.school, EventKind.DISSOLVED, occurred_on=datetime.date(2025, 7, 1), **DECISION)
    assert not services.open_to_changes(unions.school)


def test_an_official_records_the_events_of_the_units_under_their_union_not_of_their_own(unions):
    scope = scope_of(role_users(unions)["chair"])  # an official of the transport union
    assert not services.events_recordable(unions.transport, scope)
    assert services.events_recordable(unions.office, scope)


def test_units_are_added_under_a_union_whose_level_holds_some(unions):
    assert unit_levels(Level.GRASSROOTS) == [Level.MEMBER_UNION, Level.BRANCH, Level.GROUP]
    assert services.may_add_units(unions.transport)
    group = found(unions.office, "Tổ công đoàn Hành chính", Level.GROUP)
    assert not services.may_add_units(group)


def test_a_union_moves_or_merges_only_into_an_active_union_outside_its_own_subtree(unions):
    province_official = role_users(unions)["province_official"]
    choices = set(selectors.new_place_choices(province_official, unions.transport))
    assert unions.upper in choices and unions.school in choices
    assert not choices & {unions.transport, unions.office, unions.inspectorate}
    assert unions.factory not in choices  # another province: outside the official's subtree
    services.record_event(unions.school, EventKind.DISSOLVED, occurred_on=datetime.date(2025, 7, 1), **DECISION)
    assert unions.school not in set(selectors.new_place_choices(province_official, unions.transport))


def test_a_refused_event_leaves_no_decision_behind(unions):
    with pytest.raises(ValidationError):
        services.record_event(
            unions.transport, EventKind.MERGED, into=unions.office, occurred_on=datetime.date(2025, 7, 1), **DECISION
        )
    assert not Decision.objects.filter(number=DECISION["decision_number"]).exists()


def test_a_unit_is_founded_with_its_decision_or_without_one(unions):
    with_decision = services.found_unit(
        parent=unions.transport, name="Kế hoạch", level=Level.BRANCH, code="KH", **DECISION
    )
    assert with_decision.founding_decision.number == DECISION["decision_number"]
    without = services.found_unit(parent=unions.transport, name="Tài chính", level=Level.BRANCH, code="TC")
    assert without.founding_decision is None
