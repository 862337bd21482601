"""
Views of the member spreadsheets: the import template, importing a file
(upload → check in the background → preview → confirm → import) and
exporting a member list. Thin: the work is in checking, importing, export,
template and tasks.
"""

import os

from django import forms
from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from congdoan.backoffice.gate import back_office_view
from congdoan.backoffice.pages import form_page
from congdoan.unions.levels import holds_members
from congdoan.unions.navigation import Section
from congdoan.unions.selectors import organisation_for

from ..forms import MemberFilterForm
from ..models import ImportStatus
from . import tasks
from .checking import RowError
from .export import errors_workbook, export_filename, export_members
from .reading import EXTENSIONS, MAX_FILE_BYTES
from .template import XLSX_CONTENT_TYPE, template_workbook

# Problems listed on the page; the downloadable report has them all.
ERRORS_SHOWN = 500


class ImportForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Member list (.xlsx, .xls, .ods or .csv)"),
        help_text=gettext_lazy(
            "A spreadsheet in the columns of the template: Excel (.xlsx, .xls), OpenDocument (.ods), "
            "or a CSV file in UTF-8."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(EXTENSIONS)}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if os.path.splitext(upload.name)[1].lower() not in EXTENSIONS:
            raise forms.ValidationError(
                _("Choose a spreadsheet: Excel (.xlsx, .xls), OpenDocument (.ods) or CSV (.csv).")
            )
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(size)d MB: split it into several files.")
                % {"size": MAX_FILE_BYTES // 2**20}
            )
        return upload


section = Section(icon="doc-full", index=("members:list", gettext_lazy("Members")))


def _xlsx(content, filename):
    response = HttpResponse(content, content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@back_office_view
def import_template(request):
    """The import template; with ?cong_doan=<pk>, its unit column offers that union's units."""
    organisation = None
    if request.GET.get("cong_doan"):
        organisation = organisation_for(request.user, request.GET["cong_doan"])
    content = template_workbook(organisation=organisation, include_sensitive=request.scope.sees_sensitive_data)
    return _xlsx(content, "mau-nhap-doan-vien.xlsx")


@back_office_view(manages_members=True)
def member_import(request, organisation_pk):
    organisation = organisation_for(request.user, organisation_pk)
    page = section.page(
        "members/import_upload.html",
        _("Import members into %(union)s") % {"union": organisation},
        section.crumbs(request, organisation, (request.path, _("Import"))),
        organisation=organisation,
        holds_members=holds_members(organisation),
        recent=tasks.recent_imports(organisation),
    )
    return form_page(
        request, ImportForm(request.POST or None, request.FILES or None),
        lambda form: tasks.start_import(organisation=organisation, user=request.user, upload=form.cleaned_data["file"]),
        page,
        done=lambda job: _("%(file)s has been received and is being checked.") % {"file": job.filename},
        then=lambda job: reverse("members:import_status", args=[job.pk]),
    )  # fmt: skip


@back_office_view(manages_members=True)
def import_status(request, pk):
    job = tasks.import_for(request.user, pk)
    errors = [RowError.from_dict(error) for error in job.errors[:ERRORS_SHOWN]]
    return section.page(
        "members/import_status.html",
        _("Import of %(file)s") % {"file": job.filename},
        section.crumbs(
            request,
            job.organisation,
            (reverse("members:import", args=[job.organisation.pk]), _("Import")),
            (request.path, job.filename),
        ),
        job=job,
        organisation=job.organisation,
        statuses=ImportStatus,
        errors=errors,
        error_count=len(job.errors),
        more_errors=max(0, len(job.errors) - ERRORS_SHOWN),
        percent=tasks.progress_percent(job),
        preview=job.preview or {},
        preview_rows=tasks.preview_rows(job),
        refresh=job.is_running,
    ).render(request)


@require_POST
@back_office_view(manages_members=True)
def import_confirm(request, pk):
    job = tasks.import_for(request.user, pk)
    if not tasks.confirm_import(job):
        messages.warning(request, _("This import cannot be confirmed now."))
    return redirect("members:import_status", job.pk)


@back_office_view(manages_members=True)
def import_errors(request, pk):
    job = tasks.import_for(request.user, pk)
    if not job.errors:
        raise Http404
    errors = [RowError.from_dict(error) for error in job.errors]
    name = os.path.splitext(job.filename)[0][:60]
    return _xlsx(errors_workbook(errors, job.filename), f"loi-{_ascii(name)}.xlsx")


@back_office_view
def export(request, organisation_pk):
    organisation = organisation_for(request.user, organisation_pk)
    form = MemberFilterForm(request.GET, sees_sensitive_data=request.scope.sees_sensitive_data)
    criteria = form.criteria(organisation)
    # Asked for; export_members gives the sensitive columns only to a role that may see them.
    content = export_members(request.user, criteria, include_sensitive=request.GET.get("nhay_cam") == "1")
    return _xlsx(content, export_filename(organisation, criteria.day))


def _ascii(text):
    from congdoan.vietnamese import slugify

    return slugify(text) or "nhap"
