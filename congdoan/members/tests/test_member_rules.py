"""The rules of the member pages, named in the services, selectors and forms."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser

from congdoan.members import selectors, services
from congdoan.members.forms import EndMembershipForm, TransferForm
from congdoan.members.vocabularies import PartyStatus, PeriodEnd
from congdoan.registry_fixtures import admit

pytestmark = pytest.mark.django_db


def test_a_membership_is_transferred_or_ended_while_it_is_open(unions):
    member = admit(unions.office)
    assert services.membership_open(member)
    services.end_membership(member, on=datetime.date(2025, 1, 1), reason=PeriodEnd.LEFT)
    assert not services.membership_open(member)


def test_the_party_status_is_named_only_for_a_role_that_sees_sensitive_data(unions):
    member = admit(unions.office, party_admitted_on=datetime.date(2010, 1, 1))
    assert selectors.party_status_shown(member, True) == PartyStatus(member.party_status).label
    assert selectors.party_status_shown(member, False) is None


def test_statistics_are_counted_on_the_day_asked_for_else_today():
    assert selectors.statistics_day(datetime.date(2022, 12, 19)) == datetime.date(2022, 12, 19)
    assert selectors.statistics_day(None) == datetime.date.today()


def test_a_transfer_outside_the_system_goes_to_no_union(unions):
    destinations = selectors.transfer_destinations(AnonymousUser())
    form = TransferForm({"to": "", "outside": "on", "on": "01/07/2025", "note": "QĐ 1"}, destinations=destinations)
    assert form.is_valid(), form.errors
    assert form.arguments() == {"to": None, "on": datetime.date(2025, 7, 1), "note": "QĐ 1"}
    form = EndMembershipForm({"reason": PeriodEnd.DECEASED, "on": "01/07/2025", "note": ""})
    assert form.is_valid(), form.errors
    assert form.arguments() == {"reason": PeriodEnd.DECEASED, "on": datetime.date(2025, 7, 1), "note": ""}
