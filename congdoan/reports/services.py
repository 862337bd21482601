"""
Writing from a report: a portal news article drafted from a term report.

The article is a DRAFT of an ``ArticlePage`` (never published here): it is saved as a
revision by the official who asked for it and submitted to the moderation workflow
that applies to its category (``congdoan.portal.services.setup_editorial_roles``), so
it appears in the editors' "awaiting your review" list and goes live only when an
editor approves it. Without a workflow it stays a draft for an editor to publish.

Where it goes: the news category whose slug says it is about union activity
(``hoat-dong-cong-doan``, then any slug with ``hoat-dong`` or ``cong-doan``), else the
first news category in the page tree.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.rich_text import RichText

from congdoan.plans.indicators import indicator
from congdoan.portal.models import ArticlePage, CategoryPage

from .documents.content import DOCUMENT_LANGUAGE
from .formatting import number, short_date

# Slug fragments of a category about union activity, best first.
ACTIVITY_SLUGS = ("hoat-dong-cong-doan", "hoat-dong", "cong-doan")
INTRODUCED_INDICATOR = "party_introduced"


def article_category():
    """The news category a drafted article goes to (None if the portal has none)."""
    categories = list(CategoryPage.objects.order_by("path"))
    for fragment in ACTIVITY_SLUGS:
        for category in categories:
            if fragment in category.slug:
                return category
    return categories[0] if categories else None


def introduction_target(report):
    """The progress of the term's target on outstanding members introduced to the Party (None if it has none)."""
    for progress in report.targets:
        computed = indicator(progress.target.indicator)
        if computed is not None and computed.code == INTRODUCED_INDICATOR:
            return progress
    return None


def article_text(report):
    """Title, lead and body paragraphs of the article, in Vietnamese, with the report's figures."""
    with translation.override(DOCUMENT_LANGUAGE):
        return _article_text(report)


def _percent(value):
    return f"{number(value)}%"


def _article_text(report):
    term = report.term
    pipeline = report.pipeline
    target = introduction_target(report)
    figures = {
        "union": report.name,  # as on the report's day
        "term": term.name,
        "introduced": number(pipeline["introduced"]),
        "admitted": number(pipeline["admitted"]),
        "in_procedure": number(pipeline["in_procedure"]),
        "members": number(report.members),
        "party_members": number(report.party_members),
    }
    title = _("%(union)s: outstanding members introduced to the Party in the term %(term)s") % figures
    if target is not None and target.achieved_percent is not None:
        figures["percent"] = _percent(target.achieved_percent)
        achievement = _(
            "%(union)s has identified, fostered and introduced %(introduced)s outstanding members to the Party "
            "for admission, %(percent)s of the target of the congress resolution for the term %(term)s"
        ) % figures
    else:
        achievement = _(
            "%(union)s has identified, fostered and introduced %(introduced)s outstanding members to the Party "
            "for admission during the term %(term)s"
        ) % figures
    lead = achievement + "; " + _("%(admitted)s of them have been admitted to the Party.") % figures

    paragraphs = []
    decision = report.founding_decision
    if decision is not None:
        paragraphs.append(
            _("%(union)s was founded by Decision No. %(number)s of %(date)s of %(issuer)s.")
            % {"union": report.name, "number": decision.number, "date": short_date(decision.signed_on), "issuer": decision.issuer}
        )
    if target is not None:
        text = _("The resolution of the congress of %(union)s for the term %(term)s set the target: “%(target)s”.") % {
            **figures,
            "target": target.target.name,
        }
        quota_units = sum(1 for row in report.units if any(result.quota.target_id == target.target.pk for result in row.quotas))
        if quota_units:
            text += " " + _(
                "The executive committee allocated it to %(units)s units as quotas and counts it in their annual evaluation."
            ) % {"units": number(quota_units)}
        paragraphs.append(text)
    movements = [row.name for row in report.emulation.movements]
    if movements:
        paragraphs.append(
            _("Through the emulation movements and campaigns %(movements)s, the union found outstanding members to foster and introduce to the Party.")
            % {"movements": "; ".join(f"“{name}”" for name in movements)}
        )
    result = _("As a result, %(achievement)s; %(admitted)s comrades have been admitted to the Party") % {
        **figures,
        "achievement": achievement,
    }
    if pipeline["in_procedure"]:
        result += "; " + _("%(in_procedure)s comrades are completing the admission procedure") % figures
    result += ". " + _("The union now has %(members)s members, of whom %(party_members)s are Party members.") % figures
    paragraphs.append(result)
    return title, lead, paragraphs


@transaction.atomic
def draft_article_from_report(report, user):
    """
    Create an article draft from ``report`` by ``user`` (the byline: their name and the
    union's name) and submit it to the editors' workflow. Returns the ``ArticlePage``.
    """
    category = article_category()
    if category is None:
        raise ValidationError(_("The portal has no news category to put the article in: ask an editor to create one."))
    title, lead, paragraphs = article_text(report)
    article = ArticlePage(
        title=title[:255],
        lead=lead,
        body=[("paragraph", RichText(f"<p>{escape(text)}</p>")) for text in paragraphs],
        author=user.byline_name,
        author_unit=report.organisation.name,
        live=False,
        owner=user,
    )
    category.add_child(instance=article)
    log(instance=article, action="wagtail.create", user=user)
    revision = article.save_revision(user=user, log_action=True)
    workflow = article.get_workflow()
    if workflow is not None:
        workflow.start(article, user)
    article.latest_revision = revision
    return article


def may_edit_article(article, user):
    """Whether ``user`` may open the draft in the page editor."""
    return article.permissions_for_user(user).can_edit()
