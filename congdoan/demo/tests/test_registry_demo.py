"""
`make run` also loads the demo union tree and member registry, through the
services: the seed article's figures (81 members, 55 Party members on
19/12/2022) come out of the membership history.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import ModelLogEntry

from congdoan.accounts.roles import UnionRole
from congdoan.accounts.scoping import scope_of
from congdoan.demo import registry_demo
from congdoan.members.models import Member, Membership
from congdoan.members.selectors import members_on, statistics_on
from congdoan.members.vocabularies import MemberStatus, PeriodStart
from congdoan.unions.levels import Level
from congdoan.unions.models import EventKind, Organisation, OrganisationEvent, OrganisationStatus
from congdoan.unions.selectors import subtree_on
from congdoan.vietnamese import is_valid_citizen_id

SEED_DAY = datetime.date(2022, 12, 19)
FOUNDED = datetime.date(2017, 3, 20)


@pytest.fixture
def registry(db):
    assert registry_demo.load_registry_demo() is True
    return {org.code: org for org in Organisation.objects.all()}


def test_seed_figures_tree_and_history(registry):
    """One test, because loading the demo takes a couple of seconds."""
    check_the_transport_union_has_the_seed_figures_on_19_12_2022(registry)
    check_the_transport_union_was_founded_by_decision_589_with_five_branches(registry)
    check_history_survives_the_2025_province_merger(registry)


def test_logins_and_loading_twice(registry, client, monkeypatch, capsys):
    check_logins_reach_their_part_of_the_tree(registry, client)
    check_loading_twice_changes_nothing(monkeypatch, capsys)


def check_the_transport_union_has_the_seed_figures_on_19_12_2022(registry):
    transport = registry["CDCS-GTVT-BK"]
    statistics = statistics_on(transport, SEED_DAY)
    assert (statistics.members, statistics.party_members) == (81, 55)
    on_seed_day = members_on(transport, SEED_DAY)
    assert on_seed_day.filter(party_admitted_on__gte=FOUNDED, party_admitted_on__lte=SEED_DAY).count() == 12
    assert on_seed_day.filter(party_admitted_on__lt=FOUNDED).count() == 43
    # The members came with the merger: none the day before, 76 on the day.
    assert statistics_on(transport, FOUNDED - datetime.timedelta(days=1)).members == 0
    assert statistics_on(transport, FOUNDED).members == 76
    # Today's figures differ: people were hired, retired and moved since.
    assert statistics_on(transport, datetime.date.today()).members != 81


def check_the_transport_union_was_founded_by_decision_589_with_five_branches(registry):
    transport = registry["CDCS-GTVT-BK"]
    founding = transport.events.get(kind=EventKind.FOUNDED)
    assert founding.occurred_on == FOUNDED
    assert (founding.decision.number, founding.decision.signed_on) == ("589/QĐ-LĐLĐ", FOUNDED)
    assert founding.decision.issuer == "Liên đoàn Lao động tỉnh Bắc Kạn"
    assert transport.founding_decision == founding.decision
    branches = transport.get_children()
    assert branches.count() == 5
    assert {branch.level for branch in branches} == {Level.BRANCH}
    assert any(branch.name.endswith("Ban Quản lý, bảo trì công trình đường bộ Bắc Kạn") for branch in branches)
    # The five former unions were merged into the branches on the same day, by the same decision.
    merged = OrganisationEvent.objects.filter(kind=EventKind.MERGED, occurred_on=FOUNDED, decision=founding.decision)
    assert merged.count() == 5
    assert {event.related_organisation_id for event in merged} == {branch.pk for branch in branches}
    assert {event.organisation.status for event in merged} == {OrganisationStatus.DISSOLVED}
    assert Membership.objects.filter(start_reason=PeriodStart.MERGER, organisation__in=branches).count() == 76
    # Executive committees for 2017–2022 and 2023–2028, each with one chair at a time.
    committees = {committee.term_starts_on.year: committee for committee in transport.committees.all()}
    assert set(committees) == {2017, 2023}
    assert committees[2023].seats.filter(position="chair").count() == 1


def check_history_survives_the_2025_province_merger(registry):
    bac_kan, thai_nguyen, confederation = registry["LDLD-BK"], registry["LDLD-TN"], registry["TLD"]
    transport = registry["CDCS-GTVT-BK"]
    today = datetime.date.today()
    assert bac_kan.status == OrganisationStatus.DISSOLVED
    assert transport.get_parent() == thai_nguyen
    assert not subtree_on(thai_nguyen, SEED_DAY).filter(organisation=transport).exists()
    assert subtree_on(bac_kan, SEED_DAY).filter(organisation=transport).exists()
    assert subtree_on(thai_nguyen, today).filter(organisation=transport).exists()
    on_seed_day = [statistics_on(org, SEED_DAY).members for org in (bac_kan, thai_nguyen, confederation)]
    assert on_seed_day[0] >= 81 and on_seed_day[0] + on_seed_day[1] == on_seed_day[2]
    assert statistics_on(bac_kan, today).members == 0
    # Histories are not trivial: transfers, people who left, a dissolved union.
    assert Membership.objects.filter(start_reason=PeriodStart.TRANSFER).count() >= 5
    assert Member.objects.filter(status=MemberStatus.LEFT).exists()
    assert Member.objects.filter(status=MemberStatus.TRANSFERRED_OUT).exists()
    assert registry["CDCS-UBND-CM"].events.filter(kind=EventKind.DISSOLVED).exists()
    assert all(is_valid_citizen_id(number) for number in Member.objects.values_list("citizen_id", flat=True))
    assert 200 <= Member.objects.count() <= 600


def check_logins_reach_their_part_of_the_tree(registry, client):
    User = get_user_model()
    users = {user.username: user for user in User.objects.filter(username__in=["tinh", "theodoi", "gtvt", "bophan"])}
    transport, road = registry["CDCS-GTVT-BK"], registry["CDBP-GTVT-DB"]
    assert (users["tinh"].organisation, users["tinh"].union_role) == (registry["LDLD-TN"], UnionRole.OFFICIAL)
    assert (users["gtvt"].organisation, users["gtvt"].union_role) == (transport, UnionRole.OFFICIAL)
    assert (users["bophan"].organisation, users["bophan"].union_role) == (road, UnionRole.CLERK)
    assert users["theodoi"].union_role == UnionRole.VIEWER
    assert scope_of(users["tinh"]).covers(transport) and scope_of(users["tinh"]).manages_organisations
    assert scope_of(users["gtvt"]).covers(road) and not scope_of(users["gtvt"]).covers(registry["LDLD-TN"])
    assert scope_of(users["bophan"]).covers(road) and not scope_of(users["bophan"]).covers(transport)
    assert not scope_of(users["theodoi"]).sees_sensitive_data
    # The transport chair is the chair of the current executive committee.
    current = transport.committees.get(term_starts_on__year=2023)
    assert current.seats.get(position="chair").full_name == users["gtvt"].get_full_name()
    for login in registry_demo.LOGINS:
        # Through the sign-in page: axes throttles sign-ins, so authenticate() needs the request.
        response = client.post(
            reverse("wagtailadmin_login"), {"username": login["username"], "password": login["password"]}
        )
        assert response.status_code == 302, login["username"]
        assert client.get("/admin/").status_code == 200


def check_loading_twice_changes_nothing(monkeypatch, capsys):
    def counts():
        models = (Organisation, OrganisationEvent, Member, Membership, ModelLogEntry, get_user_model())
        return [model.objects.count() for model in models]

    before = counts()
    assert registry_demo.load_registry_demo() is False
    monkeypatch.setattr("congdoan.demo.management.commands.load_demo.load_portal_demo", lambda: False)
    monkeypatch.setattr("congdoan.demo.plans_demo.load_plans_demo", lambda: False)  # see test_seed_report.py
    call_command("load_demo")
    assert counts() == before
    output = capsys.readouterr().out
    assert "Demo union tree and member registry already present; nothing changed." in output
    for login in registry_demo.LOGINS:
        assert f"user: {login['username']:<12} password: {login['password']}" in output
