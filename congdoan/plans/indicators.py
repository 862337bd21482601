"""
Indicators a target can name, computed from records.

An indicator turns a list of units and a period into one value per unit (over
the unit's whole subtree), in a fixed number of queries however many units:
``indicator.values(units, start, end) -> {unit.pk: Decimal}``. Other apps add
their own with ``register`` (emulation adds the share of top-rated branches).
"""

from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

from django.utils.translation import gettext_lazy as _

from congdoan.members.selectors import member_counts
from congdoan.party.selectors import pipeline_counts

from .models import MANUAL_INDICATOR

COUNT, PERCENT = "count", "percent"


@dataclass(frozen=True)
class Indicator:
    code: str
    label: str
    unit: str  # COUNT or PERCENT
    values: Callable  # (units, start, end) -> {unit.pk: Decimal}


_indicators = {}


def register(indicator):
    _indicators[indicator.code] = indicator
    return indicator


def indicator(code):
    """The indicator called ``code`` (None for targets entered by hand)."""
    return _indicators.get(code)


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


register(Indicator("party_introduced", _("Outstanding members introduced to the Party"), COUNT, _pipeline_figure("introduced")))
register(Indicator("party_admitted", _("Members admitted to the Party"), COUNT, _pipeline_figure("admitted")))
register(Indicator("members_recruited", _("New union members recruited"), COUNT, _recruited))
register(Indicator("party_member_share", _("Share of members who are Party members"), PERCENT, _party_member_share))
