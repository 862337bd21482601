"""
Every back-office view that edits an existing record carries the version
token and refuses a save made from a stale form: each URL of the back-office
apps is classified here, so a new one fails this test until it is, and each
edit view is driven through a stale save and a fresh one.
"""

import datetime
import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.models import ModelLogEntry

from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.emulation import services as emulation_services
from congdoan.party import services as party_services
from congdoan.plans import services as plan_services
from congdoan.registry_fixtures import admit

from .test_edit_conflicts import CONFLICT_TITLE, opened_form

pytestmark = pytest.mark.django_db

D = datetime.date
BACK_OFFICE_APPS = ("members", "unions", "plans", "emulation", "party", "reports")
STALE_VERSION = "0" * 40

# Views that do not edit an existing record's values, and why.
NOT_EDITING = {
    "members:list": "read",
    "members:add": "creates a record",
    "members:statistics": "read",
    "members:detail": "read",
    "members:transfer": "an action dated by a decision, refused by the service unless the membership is active",
    "members:end": "an action dated by a decision, refused by the service unless the membership is active",
    "members:history": "read",
    "members:search": "read",
    "members:import_template": "read",
    "members:import": "uploads a spreadsheet (a new import)",
    "members:export": "read",
    "members:import_status": "read",
    "members:import_confirm": "confirms the import it belongs to",
    "members:import_errors": "read",
    "unions:index": "read",
    "unions:detail": "read",
    "unions:add_unit": "creates a record",
    "unions:event": "records an event backed by a decision; the service checks the union's state under the transaction",
    "unions:committee_add": "creates a record",
    "unions:history": "read",
    "unions:autocomplete": "read",
    "plans:index": "read",
    "plans:terms": "read",
    "plans:term_add": "creates a record",
    "plans:ranking": "read",
    "plans:term": "read",
    "plans:target_add": "creates a record",
    "emulation:index": "read",
    "emulation:movements": "read",
    "emulation:movement_add": "creates a record",
    "emulation:evaluations": "read",
    "emulation:movement": "read",
    "emulation:register": "creates a record (one per unit or member, movement and year)",
    "emulation:evaluation": "read",
    "party:board": "read",
    "party:list": "read",
    "party:add": "creates a record",
    "party:reminders": "read",
    "party:detail": "read",
    "reports:index": "read",
    "reports:terms": "read",
    "reports:term": "read",
    "reports:term_docx": "read",
    "reports:term_pdf": "read",
    "reports:draft_article": "creates a draft article",
}


def _term(unions):
    return plan_services.open_term(
        unions.transport,
        name="2017–2022",
        starts_on=D(2017, 3, 20),
        ends_on=D(2022, 12, 31),
        congress_held_on=D(2017, 3, 20),
    )


def _target(unions, **fields):
    fields = {"name": "Giới thiệu 5 đoàn viên ưu tú", "indicator": "party_introduced", "value": 5, **fields}
    return plan_services.add_target(_term(unions), **fields)


def _registration(unions):
    movement = emulation_services.create_movement(unions.transport, "Lao động giỏi", D(2018, 3, 1))
    return emulation_services.register(movement, 2021, organisation=unions.office, registered_on=D(2021, 1, 4))


def _candidate(unions, fostering=False):
    member = admit(unions.office, given="Lan", born_on=D(1990, 4, 2))
    candidate = party_services.identify_candidate(member=member, identified_on=D(2018, 1, 10), user=None)
    if fostering:
        party_services.start_fostering(candidate, on=D(2018, 2, 1), user=None)
    return candidate


def _full_points(data):
    """Every line of the scoring sheet at its maximum, rated "good"."""
    points = {
        key.replace("-max_points", "-points"): value
        for key, value in data.items()
        if re.fullmatch(r"tieu-chi-\d+-max_points", key) and value
    }
    return {**points, "classification": "good"}


# Each edit view: (the URL of a record to edit, the change to make on the opened form).
EDIT_VIEWS = {
    "members:edit": lambda unions: (
        reverse("members:edit", args=[admit(unions.office, given="Sơn").pk]), {"phone": "0912345678"}),
    "unions:edit": lambda unions: (reverse("unions:edit", args=[unions.office.pk]), {"phone": "0209 3870 001"}),
    "plans:term_edit": lambda unions: (reverse("plans:term_edit", args=[_term(unions).pk]), {"resolution_number": "01/NQ"}),
    "plans:target_edit": lambda unions: (reverse("plans:target_edit", args=[_target(unions).pk]), {"value": "7"}),
    "plans:target_edit (remove)": lambda unions: (
        reverse("plans:target_edit", args=[_target(unions).pk]), {"remove": "1"}),
    "plans:quotas": lambda unions: (
        reverse("plans:quotas", args=[_target(unions).pk]), {f"don_vi_{unions.office.pk}": "2"}),
    "plans:result": lambda unions: (
        reverse("plans:result", args=[_target(unions, indicator="manual", unit="cuộc", value=3).pk]),
        {"value": "4", "evidence": "Báo cáo số 20/BC-CĐ"}),
    "emulation:movement_edit": lambda unions: (
        reverse("emulation:movement_edit", args=[_registration(unions).movement.pk]), {"description": "Toàn ngành"}),
    "emulation:result": lambda unions: (
        reverse("emulation:result", args=[_registration(unions).pk]), {"result": "Đạt danh hiệu"}),
    "emulation:evaluate": lambda unions: (reverse("emulation:evaluate", args=[unions.office.pk, 2021]), _full_points),
    "party:advance": lambda unions: (reverse("party:advance", args=[_candidate(unions).pk]), {"on": "01/02/2018"}),
    "party:course": lambda unions: (
        reverse("party:course", args=[_candidate(unions, fostering=True).pk]),
        {"course_started_on": "01/03/2018", "course_ended_on": "05/03/2018"}),
    "party:withdraw": lambda unions: (
        reverse("party:withdraw", args=[_candidate(unions).pk]), {"on": "01/07/2018", "reason": "Chuyển công tác"}),
}  # fmt: skip


def back_office_url_names(patterns=None, namespace=""):
    """``namespace:name`` of every URL of the back-office apps."""
    names = set()
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}:{pattern.namespace}".strip(":") if pattern.namespace else namespace
            names |= back_office_url_names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name and namespace.split(":")[-1] in BACK_OFFICE_APPS:
            names.add(f"{namespace.split(':')[-1]}:{pattern.name}")
    return names


def test_every_back_office_url_is_classified_as_an_edit_view_or_not():
    edit_views = {name.split(" ")[0] for name in EDIT_VIEWS}
    assert not edit_views & set(NOT_EDITING)
    assert back_office_url_names() == edit_views | set(NOT_EDITING)


@pytest.fixture
def official(unions):
    """An official of the province: every record of the tree is theirs to edit (and to evaluate)."""
    return User.objects.create_user("province", organisation=unions.province, union_role=UnionRole.OFFICIAL)


@pytest.mark.parametrize("view", EDIT_VIEWS)
def test_an_edit_view_carries_the_version_and_refuses_a_stale_save(client, unions, official, view):
    url, change = EDIT_VIEWS[view](unions)
    client.force_login(official)
    data = opened_form(client, url)
    assert data.get("version"), "the form carries no version token"
    change = change(data) if callable(change) else change
    logged = ModelLogEntry.objects.count()

    stale = client.post(url, {**data, **change, "version": STALE_VERSION})
    assert stale.status_code == 409 and CONFLICT_TITLE in stale.content.decode()
    assert ModelLogEntry.objects.count() == logged  # nothing saved, nothing logged

    fresh = client.post(url, {**data, **change})
    assert fresh.status_code == 302, fresh.content.decode()[-2000:]
    assert ModelLogEntry.objects.count() > logged
