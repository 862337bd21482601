"""Filters of the report pages: numbers the Vietnamese way, and the document's wording of targets and quotas."""

from django import template

from congdoan.reports import formatting
from congdoan.reports.documents import content

register = template.Library()

register.filter("vn_number", formatting.number)
register.filter("vn_percent", formatting.percent)
register.filter("target_goal", content.target_goal)
register.filter("target_assessment", content.target_assessment)
register.filter("quota_summary", content.quota_summary)
register.filter("withheld_legend", content.withheld_legend)


@register.filter
def unit_figure(row, name):
    """A unit's Party figure as the reader may see it (reports.disclosure)."""
    return row.figure(name)


@register.filter
def classification_in(evaluations, year):
    cell = evaluations.get(year)
    return cell.classification if cell else "—"
