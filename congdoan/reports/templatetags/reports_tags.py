"""Filters of the report pages: numbers the Vietnamese way, and the document's wording of targets and quotas."""

from django import template

from congdoan.reports import formatting
from congdoan.reports.documents import content

register = template.Library()


@register.filter
def vn_number(value):
    return formatting.number(value)


@register.filter
def vn_percent(value):
    return formatting.percent(value)


@register.filter
def target_goal(progress):
    return content.target_goal(progress)


@register.filter
def target_assessment(progress):
    return content.target_assessment(progress)


@register.filter
def quota_summary(results):
    return content.quota_summary(results)


@register.filter
def classification_in(evaluations, year):
    cell = evaluations.get(year)
    return cell.classification if cell else "—"
