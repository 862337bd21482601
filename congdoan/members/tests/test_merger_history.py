"""
A merger moves each member of the merged union, and each one's history says so
(Trust #13): who recorded it, from which union to which, from which day; written
in bulk, in a fixed number of queries however many members move.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from congdoan.accounts import audit
from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.registry_fixtures import admit, decision
from congdoan.unions import services as union_services

pytestmark = pytest.mark.django_db

DECISION = {"decision_number": "12/QĐ-LĐLĐ", "decision_date": "15/06/2025", "decision_issuer": "LĐLĐ tỉnh Bắc Kạn"}


@pytest.fixture
def official(unions):
    return User.objects.create_user(
        "province", organisation=unions.province, union_role=UnionRole.OFFICIAL, first_name="Đàm Văn Khánh"
    )


def test_after_a_merger_each_moved_members_history_page_shows_the_move(client, unions, official):
    moved = [admit(unions.school, given=name, joined=datetime.date(2012, 1, 1)) for name in ("Giang", "Hà", "Khoa")]
    stays = admit(unions.transport, given="Long")
    client.force_login(official)
    response = client.post(
        reverse("unions:event", args=[unions.school.pk, "merged"]),
        {**DECISION, "occurred_on": "01/07/2025", "into": unions.transport.pk},
    )
    assert response.status_code == 302
    for member in moved:
        history = client.get(reverse("members:history", args=[member.pk])).content.decode()
        assert "Công đoàn cơ sở Trường THPT Bắc Kạn" in history, member
        assert "Công đoàn cơ sở Sở Giao thông vận tải" in history, member
        assert "01/07/2025" in history and "12/QĐ-LĐLĐ" in history, member
        entry = audit.entries_for(member).first()
        assert entry.action == audit.TRANSFER and entry.user == official
    stays_history = [entry.action for entry in audit.entries_for(stays)]
    assert stays_history == [audit.CREATE]


def test_the_entries_are_written_in_bulk(unions):
    moved = [
        admit(unions.school, given=f"Thành viên {number}", joined=datetime.date(2012, 1, 1)) for number in range(30)
    ]
    with CaptureQueriesContext(connection) as queries:
        union_services.merge_organisation(
            unions.school, into=unions.transport, decision=decision("12/QĐ"), on=datetime.date(2025, 7, 1)
        )
    inserts = [
        query for query in queries.captured_queries if "INSERT" in query["sql"] and "modellogentry" in query["sql"]
    ]
    assert len(inserts) == 2  # the 30 members' entries in one batch; the union's event
    for member in moved:
        entry = audit.entries_for(member).first()
        assert entry.action == audit.TRANSFER
        assert entry.data["changes"] == [
            {"field": "organisation", "before": unions.school.name, "after": unions.transport.name}
        ]
