"""
Writing from a report: a portal news article drafted from a term report.

The back office reaches the portal only through ``portal.services.draft_article``,
which saves the draft and submits it to the editors' workflow; this module writes
the text, with the report's figures.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils import translation
from django.utils.translation import gettext as _

from congdoan.plans.indicators import indicator
from congdoan.portal import services as portal_services

from .documents.content import DOCUMENT_LANGUAGE, founding_by_decision
from .formatting import number

if TYPE_CHECKING:
    from decimal import Decimal

    from congdoan.accounts.models import User
    from congdoan.accounts.scoping import Scope
    from congdoan.plans.selectors import TargetProgress

    from .selectors import TermReport

INTRODUCED_INDICATOR = "party_introduced"


def may_draft_article(scope: Scope) -> bool:
    """Officials draft a portal article from a report; the other roles read and download it."""
    return scope.manages_organisations


def introduction_target(report: TermReport) -> TargetProgress | None:
    """The progress of the term's target on outstanding members introduced to the Party (None if it has none)."""
    for progress in report.targets:
        computed = indicator(progress.target.indicator)
        if computed is not None and computed.code == INTRODUCED_INDICATOR:
            return progress
    return None


def article_text(report: TermReport) -> tuple[str, str, list[str]]:
    """Title, lead and body paragraphs of the article, in Vietnamese, with the report's figures."""
    with translation.override(DOCUMENT_LANGUAGE):
        return _article_text(report)


def _percent(value: Decimal | float | int) -> str:
    return f"{number(value)}%"


def _article_text(report: TermReport) -> tuple[str, str, list[str]]:
    term = report.term
    # Only roles that see Party figures draft an article (views.draft_article): the pipeline is there.
    pipeline: dict[str, int] = report.pipeline  # type: ignore[assignment]
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
        achievement = (
            _(
                "%(union)s has identified, fostered and introduced %(introduced)s outstanding members to the Party "
                "for admission, %(percent)s of the target of the congress resolution for the term %(term)s"
            )
            % figures
        )
    else:
        achievement = (
            _(
                "%(union)s has identified, fostered and introduced %(introduced)s outstanding members to the Party "
                "for admission during the term %(term)s"
            )
            % figures
        )
    lead = achievement + "; " + _("%(admitted)s of them have been admitted to the Party.") % figures

    paragraphs = []
    founding = founding_by_decision(report)
    if founding is not None:
        paragraphs.append(founding)
    if target is not None:
        text = _("The resolution of the congress of %(union)s for the term %(term)s set the target: “%(target)s”.") % {
            **figures,
            "target": target.target.name,
        }
        quota_units = sum(
            1 for row in report.units if any(result.quota.target_id == target.target.pk for result in row.quotas)
        )
        if quota_units:
            text += " " + _(
                "The executive committee allocated it to %(units)s units as quotas and counts it in their annual evaluation."
            ) % {"units": number(quota_units)}
        paragraphs.append(text)
    movements = [row.name for row in report.emulation.movements]
    if movements:
        paragraphs.append(
            _(
                "Through the emulation movements and campaigns %(movements)s, the union found outstanding members to foster and introduce to the Party."
            )
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


def draft_article_from_report(report: TermReport, user: User) -> portal_services.ArticlePage:
    """
    An article draft from ``report`` by ``user`` (the byline: their name and the
    union's name), submitted to the editors' workflow. Returns the article page.
    """
    title, lead, paragraphs = article_text(report)
    return portal_services.draft_article(
        title=title, lead=lead, paragraphs=paragraphs, author_unit=report.organisation.name, user=user
    )
