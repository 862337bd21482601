"""Reading the Party-development pipeline. Counts come from the stage dates, so any past day can be asked."""

from django.db.models import Count, Q

from congdoan.unions.selectors import totals_per_subtree

from .models import Candidate

PIPELINE_FIGURES = ("identified", "fostered", "introduced", "admitted", "confirmed", "in_procedure", "withdrawn")


def _between(field, start, end):
    return Q(**{f"{field}__gte": start, f"{field}__lte": end})


def pipeline_counts(units, start, end):
    """
    For each unit of ``units`` (its whole subtree): how many candidates were
    identified, began fostering, were introduced, admitted, confirmed and withdrawn
    between ``start`` and ``end`` (both included), and how many were in the
    admission procedure on ``end``. ``{unit.pk: {figure: n}}``, every figure
    present; a fixed number of queries however many units.
    """
    in_procedure_on_end = (
        Q(procedure_started_on__lte=end)
        & (Q(admitted_on__isnull=True) | Q(admitted_on__gt=end))
        & (Q(withdrawn_on__isnull=True) | Q(withdrawn_on__gt=end))
    )
    totals = totals_per_subtree(
        units,
        Candidate.objects.all(),
        path_field="organisation__path",
        identified=Count("id", filter=_between("identified_on", start, end)),
        fostered=Count("id", filter=_between("fostering_started_on", start, end)),
        introduced=Count("id", filter=_between("introduced_on", start, end)),
        admitted=Count("id", filter=_between("admitted_on", start, end)),
        confirmed=Count("id", filter=_between("confirmed_on", start, end)),
        withdrawn=Count("id", filter=_between("withdrawn_on", start, end)),
        in_procedure=Count("id", filter=in_procedure_on_end),
    )
    return {unit.pk: {figure: totals.get(unit.pk, {}).get(figure, 0) for figure in PIPELINE_FIGURES} for unit in units}
