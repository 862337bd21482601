"""The indicator "share of sub-units rated in the top class", for targets (see congdoan.plans.indicators)."""

from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from congdoan.plans.indicators import PERCENT, Indicator, percentage, register
from congdoan.unions.selectors import totals_per_subtree

from .models import Evaluation


def top_class_share(units, start, end):
    """
    For each unit: of the evaluations of the units below it for the years from
    ``start`` to ``end``, the percentage rated in the top class of their scale.
    One query per depth among ``units``.
    """
    units = list(units)
    totals = {}
    for depth in {unit.depth for unit in units}:
        evaluations = Evaluation.objects.filter(year__gte=start.year, year__lte=end.year, organisation__depth__gt=depth)
        same_depth = [unit for unit in units if unit.depth == depth]
        totals.update(
            totals_per_subtree(
                same_depth,
                evaluations,
                path_field="organisation__path",
                evaluated=Count("id"),
                top=Count("id", filter=Q(is_top_class=True)),
            )
        )
    return {
        unit.pk: percentage(totals.get(unit.pk, {}).get("top", 0), totals.get(unit.pk, {}).get("evaluated", 0))
        for unit in units
    }


register(Indicator("top_class_share", _("Share of sub-units rated in the top class"), PERCENT, top_class_share))
