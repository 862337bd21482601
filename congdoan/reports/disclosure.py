"""
What of a term report a reader may see: the report's screen, .docx, .pdf and the
article drafted from it all render what ``report_as_seen_by`` leaves in it.

- Roles that may not see figures drawn from sensitive data
  (``accounts.sensitive.sees_sensitive_figures``: viewers) get no Party figure at
  all, on any day: no Party members (in total, per unit, as a share), no Party
  development, no target counted from Party status and none of its quotas. A count
  per unit and per day would say who joined or left the Party, and when.
- Roles that may (officials, clerks) get the union's own totals as they are, and
  the figures per unit with the small ones withheld (``disclosed_column``): a report
  is an aggregate document that leaves the system (sent to the union above, handed
  to the executive committee, the source of a portal article), where a branch's
  "1 Party member" or "2 in the admission procedure" points at people.
"""

import dataclasses

from congdoan.accounts.sensitive import (
    is_small_count,
    sees_sensitive_figures,
    small_count_threshold,
)
from congdoan.plans.indicators import is_sensitive

from .formatting import Withheld

# The figures of a unit's row drawn from Party status, as the tables show them.
UNIT_PARTY_FIGURES = ("party_members", "introduced", "admitted", "in_procedure")


def report_as_seen_by(user, report):
    """``report`` with only what ``user`` may see of it (see the module's docstring)."""
    if not sees_sensitive_figures(user):
        return _without_party_figures(report)
    return _with_small_unit_counts_withheld(report)


def disclosed_column(values):
    """
    ``values`` (one count per unit) as a table may show them: a count of 1 to the
    threshold − 1 becomes ``Withheld(threshold)`` ("< 5"). If that leaves one count
    withheld in the column, the smallest other non-zero one is withheld too
    (``Withheld()``, "—"), so that the column's total does not give the small one away.
    """
    threshold = small_count_threshold()
    shown = [Withheld(threshold) if is_small_count(value) else value for value in values]
    small = [index for index, value in enumerate(shown) if isinstance(value, Withheld)]
    if len(small) == 1:
        others = sorted((value, index) for index, value in enumerate(values) if index != small[0] and value)
        if others:
            shown[others[0][1]] = Withheld()
    return shown


def _without_party_figures(report):
    units = [
        dataclasses.replace(
            row,
            party_members=None,
            pipeline=None,
            shown={},
            quotas=[result for result in row.quotas if not is_sensitive(result.quota.target.indicator)],
        )
        for row in report.units
    ]
    return dataclasses.replace(
        report,
        party_members=None,
        pipeline=None,
        targets=[progress for progress in report.targets if not is_sensitive(progress.target.indicator)],
        units=units,
        shows_party_figures=False,
        withheld_counts=False,
    )


# The figure of a unit's row that a quota of a target counted from Party status
# repeats: withheld there, withheld in the quota too.
QUOTA_FIGURE = {"party_introduced": "introduced", "party_admitted": "admitted", "party_member_share": "party_members"}


def _with_small_unit_counts_withheld(report):
    rows = report.units
    columns = {
        "party_members": disclosed_column([row.party_members for row in rows]),
        **{name: disclosed_column([row.pipeline[name] for row in rows]) for name in UNIT_PARTY_FIGURES[1:]},
    }
    shown = [{name: column[index] for name, column in columns.items()} for index in range(len(rows))]
    quotas = _quotas_seen(rows, shown)
    units = [dataclasses.replace(row, shown=shown[index], quotas=quotas[index]) for index, row in enumerate(rows)]
    withheld = any(isinstance(value, Withheld) for row in units for value in row.shown.values())
    return dataclasses.replace(report, units=units, shows_party_figures=True, withheld_counts=withheld)


def _quotas_seen(rows, shown):
    """
    Each row's quota results, those of targets counted from Party status with their
    actual withheld (and the rate, which would give it back) where the unit's figure
    is withheld in the table, or where it is a small count among the units' results
    on the same quota (``disclosed_column``).
    """
    groups = {}
    for index, row in enumerate(rows):
        for position, result in enumerate(row.quotas):
            target = result.quota.target
            if (
                is_sensitive(target.indicator)
                and result.actual is not None
                and target.indicator != "party_member_share"
            ):
                groups.setdefault((target.pk, result.year), []).append((index, position, int(result.actual)))
    withheld = set()
    for members in groups.values():
        for (index, position, _actual), value in zip(members, disclosed_column([actual for *_, actual in members])):
            if isinstance(value, Withheld):
                withheld.add((index, position))
    seen = []
    for index, row in enumerate(rows):
        results = []
        for position, result in enumerate(row.quotas):
            indicator = result.quota.target.indicator
            if is_sensitive(indicator) and result.actual is not None:
                figure = QUOTA_FIGURE.get(indicator)
                if (index, position) in withheld or (figure and isinstance(shown[index].get(figure), Withheld)):
                    small = result.actual < small_count_threshold() and indicator != "party_member_share"
                    result = dataclasses.replace(
                        result, actual=Withheld(small_count_threshold() if small else None), achieved_percent=None
                    )
            results.append(result)
        seen.append(results)
    return seen
