"""
Two people edit the same record: whoever saves second gets the conflict page,
the record keeps the first change and the audit log holds only that change.
"""

import datetime
from html.parser import HTMLParser

import pytest
from django.urls import reverse

from congdoan.accounts import audit
from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.members.models import Member
from congdoan.registry_fixtures import admit

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
        User.objects.create_user("a", organisation=unions.transport, union_role=UnionRole.OFFICIAL, first_name="Anh", last_name="Lê"),
        User.objects.create_user("b", organisation=unions.transport, union_role=UnionRole.OFFICIAL, first_name="Bình", last_name="Trần"),
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
