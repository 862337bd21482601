"""
Back-office views of term reports. Thin: parse the request, let the selectors scope
and gather, let the document builders and services do the rest, render.

Everyone with a place in the tree reads and downloads a report of a union they may
see (aggregates only, no personal data; Party figures only for roles that may see
them, small ones per unit withheld: ``disclosure.report_as_seen_by``); drafting a
portal article from it is for officials.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from congdoan.backoffice.gate import back_office_view
from congdoan.portal import services as portal_services
from congdoan.unions.navigation import Section, opens_on_home_union

from . import charts, selectors, services
from .disclosure import report_as_seen_by
from .documents.content import report_document
from .documents.docx import CONTENT_TYPE as DOCX_CONTENT_TYPE
from .documents.docx import report_docx
from .documents.pdf import FontsMissing, report_pdf
from .forms import ReportDayForm

section = Section(icon="doc-full", index=("reports:terms", gettext_lazy("Term reports")))

report_index = opens_on_home_union("reports:terms")


@back_office_view
def report_terms(request, organisation_pk):
    """The terms of a union, each with a link to its report."""
    organisation, terms = selectors.terms_for_report(request.user, organisation_pk)
    return section.page(
        "reports/term_list.html",
        _("Term reports of %(union)s") % {"union": organisation},
        section.crumbs(request, organisation),
        organisation=organisation,
        terms=terms,
    ).render(request)


def _report_request(request, organisation_pk, term_pk):
    """The union, its term, the day form, and the report for the day asked (or the default day)."""
    organisation, term = selectors.report_for(request.user, organisation_pk, term_pk)
    form = ReportDayForm(request.GET or None, term=term)
    report = report_as_seen_by(request.user, selectors.term_report(organisation, term, form.day))
    return form, report


def _on_day(url, report):
    """``url`` of a report page or download, for the report's day."""
    return f"{url}?ngay={report.day:%d/%m/%Y}"


def _report_page(request, form, report, status=200):
    organisation, term = report.organisation, report.term
    title = _("Report of the term %(term)s of %(union)s") % {"term": term.name, "union": report.name}
    response = section.page(
        "reports/term_report.html",
        title,
        section.crumbs(request, organisation, (request.path, _("Term %(term)s") % {"term": term.name})),
        report=report,
        document=report_document(report),
        form=form,
        pipeline_stages=charts.pipeline_stages(report.pipeline),
        targets_chart=charts.targets_chart(report.targets),
        units_chart=charts.units_chart(report.units),
        pipeline_chart=charts.pipeline_chart(report.pipeline),
        docx_url=_on_day(reverse("reports:term_docx", args=[organisation.pk, term.pk]), report),
        pdf_url=_on_day(reverse("reports:term_pdf", args=[organisation.pk, term.pk]), report),
        draft_url=reverse("reports:draft_article", args=[organisation.pk, term.pk]),
        may_draft_article=services.may_draft_article(request.scope),
    ).render(request)
    response.status_code = status
    return response


@back_office_view
def term_report_page(request, organisation_pk, term_pk):
    """The report on screen, with its charts; a wrong day is shown on the form and the default day is used."""
    form, report = _report_request(request, organisation_pk, term_pk)
    return _report_page(request, form, report)


def _download(request, organisation_pk, term_pk, build, content_type):
    form, report = _report_request(request, organisation_pk, term_pk)
    if form.is_bound and not form.is_valid():
        return _report_page(request, form, report, status=400)
    content, filename = build(report)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@back_office_view
def term_report_docx(request, organisation_pk, term_pk):
    return _download(request, organisation_pk, term_pk, report_docx, DOCX_CONTENT_TYPE)


@back_office_view
def term_report_pdf(request, organisation_pk, term_pk):
    try:
        return _download(request, organisation_pk, term_pk, report_pdf, "application/pdf")
    except FontsMissing:
        messages.error(
            request,
            _(
                "The PDF cannot be made: the fonts that write Vietnamese (DejaVu Serif) are not installed on the "
                "server. Download the Word file instead, or ask the administrator to install the package fonts-dejavu-core."
            ),
        )
        return redirect(reverse("reports:term", args=[organisation_pk, term_pk]) + _query_of(request))


def _query_of(request):
    return f"?{request.GET.urlencode()}" if request.GET else ""


@back_office_view(manages_organisations=True)
@require_POST
def draft_article(request, organisation_pk, term_pk):
    """Create a portal article draft from the report, for an editor to review; open it in the page editor."""
    # Not form_page: a button on the report page, with no form page of its own; a refusal is a message there.
    organisation, term = selectors.report_for(request.user, organisation_pk, term_pk)
    form = ReportDayForm(request.POST, term=term)
    report_url = reverse("reports:term", args=[organisation.pk, term.pk])
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("ngay", [])))
        return redirect(report_url)
    report = report_as_seen_by(request.user, selectors.term_report(organisation, term, form.day))
    try:
        article = services.draft_article_from_report(report, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(_on_day(report_url, report))
    done = _("A draft article “%(title)s” has been created from the report and sent to the editors for review.") % {
        "title": article.title
    }
    if portal_services.may_edit_article(article, request.user):
        messages.success(request, done + " " + _("You can still correct it here before an editor approves it."))
        return redirect("wagtailadmin_pages:edit", article.pk)
    messages.success(request, done)
    return redirect(_on_day(report_url, report))
