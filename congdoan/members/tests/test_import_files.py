"""
Uploaded member spreadsheets are private and short-lived: kept outside
MEDIA_ROOT where no URL reaches them, deleted once the job is over, and
deleted (the job failed, saying why) when left unconfirmed for a day or when
a worker stopped in the middle.
"""

import datetime
import io
import pathlib

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.members.models import ImportStatus, MemberImport
from congdoan.members.tests.test_import_pages import GOOD, upload

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("in_english")]


@pytest.fixture
def clerk(unions):
    return User.objects.create_user("clerk", organisation=unions.transport, union_role=UnionRole.CLERK)


def files_under(folder):
    folder = pathlib.Path(folder)
    return sorted(path for path in folder.rglob("*") if path.is_file()) if folder.exists() else []


def uploaded(client, unions, clerk):
    client.force_login(clerk)
    client.post(reverse("members:import", args=[unions.transport.pk]), {"file": upload(GOOD)})
    job = MemberImport.objects.get()
    assert job.status == ImportStatus.READY and job.file
    return job


def test_the_upload_is_kept_outside_media_root(client, unions, clerk, settings):
    job = uploaded(client, unions, clerk)
    path = pathlib.Path(job.file.path).resolve()
    assert path.is_file() and path.is_relative_to(pathlib.Path(settings.PRIVATE_UPLOAD_ROOT).resolve())
    assert not path.is_relative_to(pathlib.Path(settings.MEDIA_ROOT).resolve())
    assert files_under(settings.MEDIA_ROOT) == []


def test_no_url_serves_an_upload(client, unions, clerk, settings):
    job = uploaded(client, unions, clerk)
    name = job.file.name  # imports/<uuid>.xlsx
    assert pathlib.Path(job.file.path).is_file()
    for path in (f"/media/{name}", f"/private/{name}", f"/media/{pathlib.Path(job.file.path).name}"):
        assert client.get(path).status_code == 404  # signed in, as the uploader
    assert client.get(f"/media/../private/{name}").status_code in (400, 404)
    client.logout()
    assert client.get(f"/media/{name}").status_code == 404
    with pytest.raises(ValueError):
        job.file.url  # noqa: B018 (the private storage has no URL)


def test_the_file_is_deleted_once_imported_or_failed(client, unions, clerk, settings):
    job = uploaded(client, unions, clerk)
    client.post(reverse("members:import_confirm", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == ImportStatus.DONE and not job.file
    assert files_under(settings.PRIVATE_UPLOAD_ROOT) == []
    rows = [GOOD[0], GOOD[0]]
    client.post(reverse("members:import", args=[unions.transport.pk]), {"file": upload(rows)})
    assert MemberImport.objects.filter(status=ImportStatus.FAILED).exists()
    assert files_under(settings.PRIVATE_UPLOAD_ROOT) == []


def stored_job(unions, clerk, status, created_hours_ago, started_hours_ago=None):
    now = timezone.now()
    job = MemberImport.objects.create(organisation=unions.transport, user=clerk, filename="ds.csv", status=status)
    job.file.save("ds.csv", ContentFile(b"x"), save=True)
    started = now - datetime.timedelta(hours=started_hours_ago) if started_hours_ago is not None else None
    MemberImport.objects.filter(pk=job.pk).update(
        created_at=now - datetime.timedelta(hours=created_hours_ago), started_at=started
    )
    return job


def test_a_day_old_unconfirmed_import_loses_its_file_and_says_why(client, unions, clerk, settings):
    from congdoan.members.spreadsheets.tasks import purge_stale_imports

    old = stored_job(unions, clerk, ImportStatus.READY, created_hours_ago=25)
    recent = stored_job(unions, clerk, ImportStatus.READY, created_hours_ago=23)
    old_path, recent_path = pathlib.Path(old.file.path), pathlib.Path(recent.file.path)
    purge_stale_imports(now=timezone.now())
    old.refresh_from_db()
    recent.refresh_from_db()
    assert not old_path.exists() and not old.file and old.status == ImportStatus.FAILED
    assert recent_path.exists() and recent.status == ImportStatus.READY
    from congdoan.accounts import audit

    [entry] = audit.entries_for(old)
    assert "was not confirmed within 24 hours" in entry.data["note"]
    client.force_login(clerk)
    page = client.get(reverse("members:import_status", args=[old.pk])).content.decode()
    assert "was not confirmed within 24 hours" in page
    # It can no longer be confirmed.
    client.post(reverse("members:import_confirm", args=[old.pk]))
    old.refresh_from_db()
    assert old.status == ImportStatus.FAILED


def test_a_job_stuck_past_its_time_limit_fails_with_a_reason(client, unions, clerk, settings):
    from congdoan.members.spreadsheets.tasks import purge_stale_imports

    stuck = stored_job(unions, clerk, ImportStatus.VALIDATING, created_hours_ago=3, started_hours_ago=2)
    running = stored_job(unions, clerk, ImportStatus.IMPORTING, created_hours_ago=3, started_hours_ago=0.1)
    purge_stale_imports(now=timezone.now())
    stuck.refresh_from_db()
    running.refresh_from_db()
    assert stuck.status == ImportStatus.FAILED and not stuck.file and stuck.finished_at
    assert "stopped before finishing" in stuck.errors[0]["reason"]
    assert running.status == ImportStatus.IMPORTING and running.file


def test_the_purge_command_and_a_new_upload_both_purge(client, unions, clerk, settings):
    old = stored_job(unions, clerk, ImportStatus.PENDING, created_hours_ago=30)
    out = io.StringIO()
    call_command("purge_imports", stdout=out)
    old.refresh_from_db()
    assert old.status == ImportStatus.FAILED and not old.file and "1" in out.getvalue()
    other = stored_job(unions, clerk, ImportStatus.READY, created_hours_ago=30)
    path = pathlib.Path(other.file.path)
    client.force_login(clerk)
    client.post(reverse("members:import", args=[unions.transport.pk]), {"file": upload(GOOD)})
    other.refresh_from_db()
    assert not path.exists() and other.status == ImportStatus.FAILED


def test_files_left_in_the_old_public_folder_are_purged(unions, clerk, settings):
    from congdoan.members.spreadsheets.tasks import purge_stale_imports

    legacy = pathlib.Path(settings.MEDIA_ROOT) / "imports"
    legacy.mkdir(parents=True)
    (legacy / "0123abcd.xlsx").write_bytes(b"PK")
    purge_stale_imports(now=timezone.now())
    assert files_under(legacy) == []


def test_a_private_folder_inside_media_root_is_refused_by_the_checks(settings, tmp_path):
    from congdoan.members.uploads import check_private_upload_root

    assert check_private_upload_root() == []
    settings.PRIVATE_UPLOAD_ROOT = pathlib.Path(settings.MEDIA_ROOT) / "private"
    assert [error.id for error in check_private_upload_root()] == ["members.E001"]


def test_a_confirmed_import_waiting_for_its_worker_is_not_taken_for_stuck(unions, clerk, monkeypatch):
    from congdoan.members.spreadsheets import tasks

    class Queued:
        def enqueue(self, pk):
            """The worker has not taken it yet."""

    monkeypatch.setattr(tasks, "run_import", Queued())
    job = stored_job(unions, clerk, ImportStatus.READY, created_hours_ago=5, started_hours_ago=4)  # checked 4 h ago
    assert tasks.confirm_import(job)
    tasks.purge_stale_imports(now=timezone.now())
    job.refresh_from_db()
    assert job.status == ImportStatus.IMPORTING and job.file
