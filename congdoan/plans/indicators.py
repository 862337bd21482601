"""
Indicators a target can name, computed from records.

An indicator turns a list of units and a period into one value per unit (over
the unit's whole subtree), in a fixed number of queries however many units:
``indicator.values(units, start, end) -> {unit.pk: Decimal}``. Other apps add
their own with ``register`` (emulation adds the share of top-rated branches).

When many units are each counted over a period of their own (the achievement
ranking: each unit over its own term), two optional parts keep the queries
fixed: ``daily`` (a count of events: ``(units, start, end) -> {unit.pk: {day:
n}}``, which the caller adds up over each unit's days) and ``window`` (which part
of the period the values depend on: units whose periods share it share a query).
"""

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from congdoan.members.selectors import member_counts, recruited_by_day
from congdoan.party.selectors import pipeline_counts, pipeline_counts_by_day

from .models import MANUAL_INDICATOR

COUNT, PERCENT = "count", "percent"


def whole_period(start, end):
    return (start, end)


def last_day(start, end):
    """For a figure taken on the period's last day (a share of members on a day)."""
    return (end,)


def calendar_years(start, end):
    """For a figure over the calendar years of the period (annual evaluations)."""
    return (start.year, end.year)


@dataclass(frozen=True)
class Indicator:
    code: str
    label: str
    unit: str  # COUNT or PERCENT
    values: Callable  # (units, start, end) -> {unit.pk: Decimal}
    daily: Callable | None = None  # a count of events: (units, start, end) -> {unit.pk: {day: n}}
    window: Callable = whole_period  # (start, end) -> what of the period the values depend on
    # Counted from sensitive personal data (Party status): its figures are shown only to
    # roles that may see such figures (congdoan.accounts.sensitive.sees_sensitive_figures).
    sensitive: bool = False


_indicators = {}


def register(indicator):
    _indicators[indicator.code] = indicator
    return indicator


def indicator(code):
    """The indicator called ``code`` (None for targets entered by hand)."""
    return _indicators.get(code)


def is_sensitive(code):
    """Whether the indicator ``code`` counts sensitive data (a target entered by hand does not say: no)."""
    computed = _indicators.get(code)
    return computed is not None and computed.sensitive


def indicator_choices():
    """The choices of a target's indicator field: the computed ones, then "entered by hand"."""
    return [(code, item.label) for code, item in _indicators.items()] + [(MANUAL_INDICATOR, _("Entered by hand"))]


def percentage(part, whole):
    """``part`` as a percentage of ``whole`` (two decimals), 0 when ``whole`` is 0."""
    if not whole:
        return Decimal(0)
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"))


def _pipeline_figure(figure):
    def values(units, start, end):
        counts = pipeline_counts(units, start, end)
        return {pk: Decimal(row[figure]) for pk, row in counts.items()}

    return values


def _recruited(units, start, end):
    return {pk: Decimal(row["recruited"]) for pk, row in member_counts(units, end, recruited_from=start).items()}


def _party_member_share(units, start, end):
    return {pk: percentage(row["party_members"], row["members"]) for pk, row in member_counts(units, end).items()}


def _pipeline_days(figure):
    def daily(units, start, end):
        return pipeline_counts_by_day(units, start, end, figure)

    return daily


register(
    Indicator(
        "party_introduced",
        _("Outstanding members introduced to the Party"),
        COUNT,
        _pipeline_figure("introduced"),
        daily=_pipeline_days("introduced"),
        sensitive=True,
    )
)
register(
    Indicator(
        "party_admitted",
        _("Members admitted to the Party"),
        COUNT,
        _pipeline_figure("admitted"),
        daily=_pipeline_days("admitted"),
        sensitive=True,
    )
)
register(Indicator("members_recruited", _("New union members recruited"), COUNT, _recruited, daily=recruited_by_day))
register(
    Indicator(
        "party_member_share",
        _("Share of members who are Party members"),
        PERCENT,
        _party_member_share,
        window=last_day,
        sensitive=True,
    )
)
