"""
Two people edit the same record: whoever saves second gets the conflict page,
the record keeps the first change and the audit log holds only that change.
"""

import datetime
from html.parser import HTMLParser

import pytest
from django.urls import reverse
from django.utils import translation

from congdoan.accounts import audit, scoping
from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.emulation import services as emulation_services
from congdoan.emulation.models import Movement
from congdoan.members.models import SENSITIVE_FIELDS, Member
from congdoan.party import services as party_services
from congdoan.plans import services as plan_services
from congdoan.plans.models import Quota
from congdoan.registry_fixtures import admit
from congdoan.unions.models import Organisation

pytestmark = pytest.mark.django_db

CONFLICT_TITLE = "Bản ghi này đã được người khác thay đổi trong lúc bạn sửa"


class _FormFields(HTMLParser):
    """The values a browser would send back from the page's ``method="post"`` forms, unchanged."""

    def __init__(self):
        super().__init__()
        self.data, self._in_post_form, self._select, self._textarea = {}, False, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._in_post_form = (attrs.get("method") or "").lower() == "post"
        if not self._in_post_form or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name and name != "csrfmiddlewaretoken" and attrs.get("type") not in ("submit", "button"):
            if attrs.get("type") in ("checkbox", "radio"):
                if "checked" in attrs:
                    self.data[name] = attrs.get("value", "on")
            else:
                self.data[name] = attrs.get("value") or ""
        elif tag == "select" and name:
            self._select = name
            self.data.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in attrs:
            self.data[self._select] = attrs.get("value") or ""
        elif tag == "textarea" and name:
            self._textarea = name
            self.data[name] = ""

    def handle_endtag(self, tag):
        if tag == "form":
            self._in_post_form = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data.lstrip("\n") if not self.data[self._textarea] else data


def opened_form(client, url):
    """The form at ``url`` as its page shows it, as the POST data a browser would send back unchanged."""
    response = client.get(url)
    assert response.status_code == 200
    parser = _FormFields()
    parser.feed(response.content.decode())
    return parser.data


def edits_of(record):
    return [entry for entry in audit.entries_for(record) if entry.action == audit.EDIT]


@pytest.fixture
def officials(unions):
    return (
        User.objects.create_user(
            "a", organisation=unions.transport, union_role=UnionRole.OFFICIAL, first_name="Anh", last_name="Lê"
        ),
        User.objects.create_user(
            "b", organisation=unions.transport, union_role=UnionRole.OFFICIAL, first_name="Bình", last_name="Trần"
        ),
    )


def test_the_second_save_of_a_member_record_gets_the_conflict_page_and_changes_nothing(client, unions, officials):
    a, b = officials
    member = admit(unions.office, family="Ma", given="Sơn", born_on=datetime.date(1990, 1, 2))
    url = reverse("members:edit", args=[member.pk])
    client.force_login(a)
    form_a = opened_form(client, url)
    client.force_login(b)
    form_b = opened_form(client, url)

    client.force_login(a)
    response = client.post(url, {**form_a, "job_title": "Trưởng phòng"})
    assert response.status_code == 302
    client.force_login(b)
    response = client.post(url, {**form_b, "phone": "0912345678"})

    assert response.status_code == 409
    page = response.content.decode()
    assert CONFLICT_TITLE in page
    assert "Trưởng phòng" in page  # the record now, next to what B submitted
    member.refresh_from_db()
    assert member.job_title == "Trưởng phòng" and member.phone == ""
    assert [entry.user for entry in edits_of(member)] == [a]


def second_save_conflicts(client, url, first, second, first_changes, second_changes):
    """
    ``first`` and ``second`` open the form at ``url``; ``first`` saves
    ``first_changes``, then ``second`` saves ``second_changes`` from the form
    they opened before: the second save's answer.
    """
    client.force_login(first)
    form_first = opened_form(client, url)
    client.force_login(second)
    form_second = opened_form(client, url)
    client.force_login(first)
    saved = client.post(url, {**form_first, **first_changes})
    assert saved.status_code == 302, saved.content.decode()[-3000:]
    client.force_login(second)
    return client.post(url, {**form_second, **second_changes})


def test_the_second_save_of_an_organisation_gets_the_conflict_page(client, unions, officials):
    a, b = officials
    url = reverse("unions:edit", args=[unions.office.pk])
    response = second_save_conflicts(client, url, a, b, {"phone": "0209 3870 001"}, {"address": "Số 1 Trường Chinh"})
    assert response.status_code == 409 and CONFLICT_TITLE in response.content.decode()
    office = Organisation.objects.get(pk=unions.office.pk)
    assert (office.phone, office.address) == ("0209 3870 001", "")
    assert [entry.user for entry in edits_of(office)] == [a]


@pytest.fixture
def term(unions):
    """The transport union's term 2017–2022."""
    return plan_services.open_term(
        unions.transport, name="2017–2022", starts_on=datetime.date(2017, 3, 20), ends_on=datetime.date(2022, 12, 31),
        congress_held_on=datetime.date(2017, 3, 20),
    )  # fmt: skip


def test_the_second_save_of_a_term_gets_the_conflict_page_naming_who_changed_it(client, term, officials):
    a, b = officials
    url = reverse("plans:term_edit", args=[term.pk])
    response = second_save_conflicts(
        client, url, a, b, {"resolution_number": "01/NQ-ĐH"}, {"resolution_number": "02/NQ-ĐH"}
    )
    page = response.content.decode()
    assert response.status_code == 409 and CONFLICT_TITLE in page
    assert "01/NQ-ĐH" in page and "02/NQ-ĐH" in page  # side by side
    assert "Lê Anh" in page or "Anh Lê" in page  # who changed it last
    term.refresh_from_db()
    assert term.resolution_number == "01/NQ-ĐH"
    assert [entry.user for entry in edits_of(term)] == [a]


def test_the_second_allocation_of_quotas_gets_the_conflict_page(client, unions, term, officials):
    a, b = officials
    target = plan_services.add_target(term, name="Giới thiệu 5 đoàn viên ưu tú", indicator="party_introduced", value=5)
    url = reverse("plans:quotas", args=[target.pk])
    office, inspectorate = f"don_vi_{unions.office.pk}", f"don_vi_{unions.inspectorate.pk}"
    response = second_save_conflicts(client, url, a, b, {office: "3", inspectorate: "2"}, {office: "1"})
    assert response.status_code == 409 and CONFLICT_TITLE in response.content.decode()
    assert {(quota.organisation_id, quota.value) for quota in Quota.objects.all()} == {
        (unions.office.pk, 3),
        (unions.inspectorate.pk, 2),
    }
    assert [entry.user for entry in edits_of(target)] == [a]


def test_the_second_save_of_a_movement_gets_the_conflict_page(client, unions, officials):
    a, b = officials
    movement = emulation_services.create_movement(unions.transport, "Lao động giỏi", datetime.date(2018, 3, 1))
    url = reverse("emulation:movement_edit", args=[movement.pk])
    response = second_save_conflicts(
        client, url, a, b, {"ended_on": "31/12/2022"}, {"description": "Phát động toàn ngành"}
    )
    assert response.status_code == 409 and CONFLICT_TITLE in response.content.decode()
    movement = Movement.objects.get()
    assert (movement.ended_on, movement.description) == (datetime.date(2022, 12, 31), "")
    assert [entry.user for entry in edits_of(movement)] == [a]


def test_the_second_course_record_of_a_candidacy_gets_the_conflict_page(client, unions, officials):
    a, b = officials
    member = admit(unions.office, given="Lan", born_on=datetime.date(1990, 4, 2))
    candidate = party_services.identify_candidate(member=member, identified_on=datetime.date(2018, 1, 10), user=None)
    party_services.start_fostering(candidate, on=datetime.date(2018, 2, 1), user=None)
    url = reverse("party:course", args=[candidate.pk])
    first = {
        "course_started_on": "01/03/2018",
        "course_ended_on": "05/03/2018",
        "certificate_number": "GCN-5",
        "certificate_issued_on": "06/03/2018",
    }
    response = second_save_conflicts(
        client, url, a, b, first, {"course_started_on": "02/03/2018", "course_ended_on": "09/03/2018"}
    )
    assert response.status_code == 409 and CONFLICT_TITLE in response.content.decode()
    differing = {
        str(row["label"]): (row["current"], row["submitted"]) for row in response.context["rows"] if row["changed"]
    }
    assert differing["Số giấy chứng nhận lớp bồi dưỡng"] == ("GCN-5", "")
    assert differing["Đến ngày"] == ("05/03/2018", "09/03/2018")
    candidate.refresh_from_db()
    assert (candidate.certificate_number, candidate.course_ended_on) == ("GCN-5", datetime.date(2018, 3, 5))
    assert [entry.user for entry in audit.entries_for(candidate) if entry.action == audit.EDIT] == [a]


def test_a_save_from_an_unchanged_record_still_goes_through(client, unions, officials):
    a, _b = officials
    member = admit(unions.office, given="Sơn")
    url = reverse("members:edit", args=[member.pk])
    client.force_login(a)
    assert client.post(url, {**opened_form(client, url), "phone": "0912345678"}).status_code == 302
    assert client.post(url, {**opened_form(client, url), "phone": "0987654321"}).status_code == 302
    member.refresh_from_db()
    assert member.phone == "0987654321"


def test_a_save_without_a_version_is_refused_on_the_form(client, unions, officials):
    a, _b = officials
    member = admit(unions.office, given="Sơn")
    url = reverse("members:edit", args=[member.pk])
    client.force_login(a)
    form = opened_form(client, url)
    del form["version"]
    response = client.post(url, {**form, "phone": "0912345678"})
    assert response.status_code == 200
    assert "Biểu mẫu này đã cũ" in response.content.decode()
    member.refresh_from_db()
    assert member.phone == ""


# A role that may not see sensitive data: no trace of it on the conflict page.


@pytest.fixture
def clerk_without_sensitive_data(unions, monkeypatch):
    """A member-data clerk under a policy that keeps sensitive personal data from clerks."""
    monkeypatch.setattr(scoping, "SEES_SENSITIVE_DATA", frozenset({UnionRole.OFFICIAL}))
    return User.objects.create_user("clerk", organisation=unions.transport, union_role=UnionRole.CLERK)


def sensitive_member(unions):
    return admit(
        unions.office, family="Hoàng", given="Lan", citizen_id="006190000123", born_on=datetime.date(1990, 4, 2),
        ethnicity="09", religion="buddhism", party_admitted_on=datetime.date(2016, 5, 19),
    )  # fmt: skip


def test_the_conflict_page_shows_no_sensitive_field_to_a_role_that_may_not_see_them(
    client, unions, officials, clerk_without_sensitive_data
):
    a, _b = officials
    clerk = clerk_without_sensitive_data
    member = sensitive_member(unions)
    url = reverse("members:edit", args=[member.pk])
    client.force_login(clerk)
    clerk_form = opened_form(client, url)
    assert not set(SENSITIVE_FIELDS) & set(clerk_form)
    client.force_login(a)
    official_form = opened_form(client, url)
    saved = client.post(
        url, {**official_form, "job_title": "Kế toán trưởng", "citizen_id": "006190000999", "religion": "none"}
    )
    assert saved.status_code == 302

    client.force_login(clerk)
    response = client.post(url, {**clerk_form, "job_title": "Văn thư"})
    page = response.content.decode()
    assert response.status_code == 409 and "Kế toán trưởng" in page and "Văn thư" in page
    for value in ("006190000123", "006190000999", "19/05/2016", "02/04/1990", "Phật giáo", "Dao"):
        assert value not in page
    with translation.override("vi"):
        labels = [str(Member._meta.get_field(name).verbose_name) for name in SENSITIVE_FIELDS]
    rows = response.context["rows"]
    assert not {str(row["label"]) for row in rows} & set(labels)
    member.refresh_from_db()
    assert (member.job_title, member.citizen_id) == ("Kế toán trưởng", "006190000999")


def test_a_change_to_a_field_hidden_from_the_editor_neither_blocks_nor_is_undone_by_their_save(
    client, unions, officials, clerk_without_sensitive_data
):
    a, _b = officials
    clerk = clerk_without_sensitive_data
    member = sensitive_member(unions)
    url = reverse("members:edit", args=[member.pk])
    client.force_login(clerk)
    clerk_form = opened_form(client, url)
    client.force_login(a)
    assert client.post(url, {**opened_form(client, url), "citizen_id": "006190000999"}).status_code == 302
    client.force_login(clerk)
    assert client.post(url, {**clerk_form, "job_title": "Văn thư"}).status_code == 302
    member.refresh_from_db()
    assert (member.job_title, member.citizen_id) == ("Văn thư", "006190000999")
