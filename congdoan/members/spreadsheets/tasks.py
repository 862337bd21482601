"""
Background jobs of the member registry: checking an uploaded member
spreadsheet, then importing it once the user has confirmed.

Each job records its progress and outcome on its ``MemberImport``, which the
status page reads; the uploaded file is deleted once the job is over, and by
``purge_stale_imports`` when nobody confirms it or its worker died.
"""

import logging
import os
import pathlib

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from congdoan.accounts import audit
from congdoan.accounts.scoping import scope_of

from .. import identity_clashes
from ..models import ImportStatus, MemberImport
from . import checking, importing

logger = logging.getLogger(__name__)


@task()
def check_import(import_id):
    """Read and check every row of the upload; record the problems, or the preview to confirm."""
    job = _claim(import_id, ImportStatus.PENDING, ImportStatus.VALIDATING)
    if job is None:
        return
    result = _run_on_file(job, checking.preview)
    if result is None:
        return
    errors = result.errors
    if not errors and not result.total_rows:
        errors = [_file_error(job, _("The file has no members below the header row."))]
    if errors:
        _finish(job, ImportStatus.FAILED, errors=errors, total_rows=result.total_rows, preview=result.as_dict())
    else:
        MemberImport.objects.filter(pk=job.pk).update(
            status=ImportStatus.READY,
            preview=result.as_dict(),
            total_rows=result.total_rows,
            processed_rows=result.total_rows,
        )


@task()
def run_import(import_id):
    """Import a checked, confirmed upload (checking it again: the registry may have changed meanwhile)."""
    job = _claim(import_id, ImportStatus.IMPORTING, ImportStatus.IMPORTING)
    if job is None:
        return
    outcome = _run_on_file(job, importing.import_members)
    if outcome is None:
        return
    if outcome.errors:
        _finish(job, ImportStatus.FAILED, errors=outcome.errors, total_rows=outcome.total_rows)
    else:
        _finish(job, ImportStatus.DONE, imported=outcome.imported, total_rows=outcome.total_rows)


def _claim(import_id, expected, status):
    """
    The job, moved from ``expected`` to ``status``; None if it is gone or in
    another state (another worker took it). A job whose uploader or file is
    gone fails here.
    """
    if not MemberImport.objects.filter(pk=import_id, status=expected).update(status=status, started_at=timezone.now()):
        return None
    job = MemberImport.objects.select_related("organisation", "user").get(pk=import_id)
    if job.user is None or not job.file:
        reason = _("This import can no longer run: upload the file again.")
        _finish(job, ImportStatus.FAILED, errors=[_file_error(job, reason)])
        return None
    return job


def _run_on_file(job, service):
    """
    ``service`` (checking.preview or importing.import_members) on the job's file,
    reporting its progress on the job; None if it raised (the job has then failed).
    """
    try:
        return service(
            organisation=job.organisation,
            file=job.file.path,
            filename=job.filename,
            user=job.user,
            progress=_progress(job),
        )
    except Exception as error:  # the job must end, whatever happened
        _fail(job, error)
        return None


def _progress(job):
    def report(done, total):
        MemberImport.objects.filter(pk=job.pk).update(processed_rows=done, total_rows=total)

    return report


def _fail(job, error):
    if isinstance(error, PermissionDenied):
        reason = _("You may no longer import members into %(union)s.") % {"union": job.organisation}
    else:
        logger.exception("Member import %s stopped", job.pk)
        reason = _(
            "An unexpected error stopped the import; nothing was imported. Please try again or tell the administrator."
        )
    _finish(job, ImportStatus.FAILED, errors=[_file_error(job, reason)])


def _file_error(job, reason):
    return checking.RowError(None, "", job.filename, reason)


def _finish(job, status, *, errors=(), imported=0, total_rows=None, preview=None):
    """Record the outcome and delete the uploaded file (it holds personal data, and is no longer needed)."""
    if job.file:
        job.file.delete(save=False)
    fields = {
        "status": status,
        "errors": [error.as_dict() for error in errors],
        "imported": imported,
        "finished_at": timezone.now(),
        "file": "",
    }
    if total_rows is not None:
        fields["total_rows"] = total_rows
        fields["processed_rows"] = total_rows
    if preview is not None:
        fields["preview"] = preview
    MemberImport.objects.filter(pk=job.pk).update(**fields)


# ---------------------------------------------------------------------------
# The jobs, as the views reach them (scoped to the user's part of the tree).


def start_import(*, organisation, user, upload):
    """
    Store the uploaded file as a new import job of ``organisation`` and have it
    checked; ValidationError if ``user`` has uploaded too often this hour.
    """
    identity_clashes.take_upload(user)
    purge_stale_imports()  # each upload also clears what earlier uploads left behind, in case cron does not
    job = MemberImport.objects.create(
        organisation=organisation, user=user, filename=os.path.basename(upload.name)[:255], file=upload
    )
    check_import.enqueue(job.pk)
    return job


def confirm_import(job):
    """Start importing a checked job; False if it is not waiting for confirmation (or was confirmed already)."""
    if not MemberImport.objects.filter(pk=job.pk, status=ImportStatus.READY).update(
        status=ImportStatus.IMPORTING, processed_rows=0, started_at=timezone.now()
    ):
        return False
    run_import.enqueue(job.pk)
    return True


def import_for(user, pk):
    """The import job ``pk`` if its union lies in ``user``'s part of the tree; otherwise 404."""
    job = MemberImport.objects.select_related("organisation", "user").filter(pk=pk).first()
    if job is None or not scope_of(user).covers(job.organisation):
        raise Http404
    return job


def progress_percent(job):
    """How far a job has come through its rows, 0-100 (0 while the rows are not counted yet)."""
    total = job.total_rows or 0
    return min(100, int(job.processed_rows * 100 / total)) if total else 0


def preview_rows(job):
    """The preview of a checked file: (row number in the file, cells) pairs."""
    preview = job.preview or {}
    return list(zip(preview.get("row_numbers", []), preview.get("rows", [])))


def recent_imports(organisation, limit=10):
    return MemberImport.objects.filter(organisation=organisation).select_related("user")[:limit]


# ---------------------------------------------------------------------------
# Leftovers: uploads hold personal data, so none outlives its use.


def purge_stale_imports(now=None):
    """
    Delete the files of imports nobody confirmed (or that never started) within
    MEMBER_IMPORT_FILE_LIFETIME, and fail the jobs whose worker has been at it
    for longer than MEMBER_IMPORT_TIME_LIMIT (it died, or the server restarted):
    each such job fails, saying why, and loses its file. Also empties the folder
    of MEDIA_ROOT where uploads were kept before they became private. Returns
    the number of jobs ended.
    """
    now = now or timezone.now()
    lifetime, limit = settings.MEMBER_IMPORT_FILE_LIFETIME, settings.MEMBER_IMPORT_TIME_LIMIT
    hours = int(lifetime.total_seconds() // 3600)
    unconfirmed = _(
        "This import was not confirmed within %(hours)d hours: its file has been deleted. Upload the file again."
    ) % {"hours": hours}
    stopped = _(
        "Checking or importing this file stopped before finishing (the server may have been restarted). "
        "Check the member list, then upload the file again."
    )
    ended = 0
    waiting = MemberImport.objects.filter(
        status__in=(ImportStatus.PENDING, ImportStatus.READY), created_at__lt=now - lifetime
    )
    for job in waiting.select_related("organisation"):
        ended += _end_stale(job, job.status, unconfirmed)
    running = MemberImport.objects.filter(
        status__in=(ImportStatus.VALIDATING, ImportStatus.IMPORTING), started_at__lt=now - limit
    )
    for job in running.select_related("organisation"):
        ended += _end_stale(job, job.status, stopped)
    # Ended jobs whose file somehow stayed (a delete that failed) and the old public folder.
    for job in MemberImport.objects.filter(status__in=(ImportStatus.DONE, ImportStatus.FAILED)).exclude(file=""):
        job.file.delete(save=False)
        MemberImport.objects.filter(pk=job.pk).update(file="")
    legacy = pathlib.Path(settings.MEDIA_ROOT) / "imports"
    if legacy.is_dir():
        for path in legacy.iterdir():
            if path.is_file():
                path.unlink(missing_ok=True)
    return ended


def _end_stale(job, status, reason):
    """Fail ``job`` if it is still in ``status`` (a worker or the user may have moved it meanwhile)."""
    fields = {
        "status": ImportStatus.FAILED,
        "errors": [_file_error(job, reason).as_dict()],
        "finished_at": timezone.now(),
        "file": "",
    }
    if not MemberImport.objects.filter(pk=job.pk, status=status).update(**fields):
        return 0
    if job.file:
        job.file.delete(save=False)
    before = {"status": str(ImportStatus(status).label)}
    audit.record(job, audit.EVENT, None, audit.changes_between(before, {"status": str(ImportStatus.FAILED.label)}),
                 note=reason)  # fmt: skip
    logger.info("Member import %s ended by the purge: %s", job.pk, status)
    return 1
