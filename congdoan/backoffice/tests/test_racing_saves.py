"""
Two saves of the same record at the same moment, on PostgreSQL: the second
waits for the first's row lock and is then refused, instead of reading the
record before the first commits and writing over it.
"""

import threading
import time

import pytest
from django.db import connection

from congdoan.accounts import audit
from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.backoffice.concurrency import EditConflict, version_of
from congdoan.members import services
from congdoan.members.models import Member
from congdoan.registry_fixtures import admit

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_save_racing_another_waits_for_its_lock_and_is_refused(unions, monkeypatch):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite takes its one write lock when a transaction begins (IMMEDIATE): there is no race to show")
    a = User.objects.create_user("a", organisation=unions.transport, union_role=UnionRole.OFFICIAL)
    b = User.objects.create_user("b", organisation=unions.transport, union_role=UnionRole.OFFICIAL)
    member = admit(unions.office, given="Sơn")
    opened = version_of(member, ["job_title", "phone"])  # both opened the form on the same record

    holding, release = threading.Event(), threading.Event()
    record = audit.record

    def slow_record(*args, **kwargs):
        """A's save pauses inside its transaction, row locked, until B's save is under way."""
        if threading.current_thread().name == "a":
            holding.set()
            release.wait(10)
        return record(*args, **kwargs)

    monkeypatch.setattr(audit, "record", slow_record)
    outcome = {}

    def save(user, **changes):
        try:
            services.update_member(Member.objects.get(pk=member.pk), user=user, version=opened, **changes)
            outcome[user.username] = "saved"
        except EditConflict:
            outcome[user.username] = "conflict"
        finally:
            connection.close()

    first = threading.Thread(target=save, name="a", args=(a,), kwargs={"job_title": "Trưởng phòng", "phone": ""})
    first.start()
    assert holding.wait(10)
    second = threading.Thread(target=save, name="b", args=(b,), kwargs={"job_title": "", "phone": "0912345678"})
    second.start()
    time.sleep(0.5)  # B now waits for A's lock (without it, B would read the old row here and pass)
    release.set()
    first.join(10)
    second.join(10)

    assert outcome == {"a": "saved", "b": "conflict"}
    member.refresh_from_db()
    assert (member.job_title, member.phone) == ("Trưởng phòng", "")
    assert [entry.user for entry in audit.entries_for(member) if entry.action == audit.EDIT] == [a]
