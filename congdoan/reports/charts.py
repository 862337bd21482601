"""
Bar charts of a term report as inline SVG, drawn on the server (no JavaScript library):
each target's % achieved, members and Party members per sub-unit, the pipeline funnel.

Every function takes figures already computed (no query) and returns safe SVG markup
with a title and a text alternative, readable without colour (values are printed).
"""

from decimal import Decimal

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .formatting import number as _number

WIDTH = 640
LABEL_HEIGHT = 16
BAR_HEIGHT = 14
ROW_GAP = 10
VALUE_ROOM = 90  # room right of the bars for the printed value
MAX_UNITS = 40  # larger unions: the largest units only (the table lists them all)

COLOURS = {
    "met": "#1e7b46",
    "short": "#c77700",
    "members": "#22637e",
    "party": "#b3261e",
    "pipeline": "#5a3e99",
    "reference": "#333333",
}


def _svg(title, description, height, body):
    return format_html(
        '<svg class="report-chart" role="img" viewBox="0 0 {w} {h}" width="100%" '
        'style="max-width:{w}px" xmlns="http://www.w3.org/2000/svg" aria-label="{title}">'
        "<title>{title}</title><desc>{description}</desc>{body}</svg>",
        w=WIDTH,
        h=height,
        title=title,
        description=description,
        body=mark_safe("".join(body)),  # every part below is escaped as it is built
    )


def _bar(x, y, width, colour, tooltip):
    return (
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(width, 0):.1f}" height="{BAR_HEIGHT}" fill="{colour}">'
        f"<title>{escape(tooltip)}</title></rect>"
    )


def _text(x, y, text, *, anchor="start", weight="normal", size=12):
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" font-family="sans-serif" '
        f'text-anchor="{anchor}" font-weight="{weight}" fill="#222">{escape(text)}</text>'
    )


def targets_chart(targets):
    """One bar per target: its % achieved, with the 100 % line; green when met."""
    if not targets:
        return ""
    scale_max = max([Decimal(100), *[progress.achieved_percent or Decimal(0) for progress in targets]])
    scale_max = min(scale_max, Decimal(500))  # a runaway target does not flatten the others
    plot = WIDTH - VALUE_ROOM
    body, y = [], 4
    for progress in targets:
        percent = progress.achieved_percent or Decimal(0)
        body.append(_text(0, y + 12, str(progress.target.name)))
        y += LABEL_HEIGHT + 2
        length = float(min(percent, scale_max) / scale_max) * plot
        colour = COLOURS["met"] if progress.met else COLOURS["short"]
        shown = f"{_number(percent)} %" if progress.actual is not None else _("no result")
        body.append(_bar(0, y, length, colour, shown))
        body.append(_text(length + 6, y + 12, shown, weight="bold"))
        y += BAR_HEIGHT + ROW_GAP
    reference = float(Decimal(100) / scale_max) * plot
    body.append(
        f'<line x1="{reference:.1f}" x2="{reference:.1f}" y1="0" y2="{y:.1f}" stroke="{COLOURS["reference"]}" '
        'stroke-dasharray="4 3" stroke-width="1"/>'
    )
    body.append(_text(reference, y + 12, "100 %", anchor="middle", size=11))
    return _svg(
        _("Targets: rate achieved"),
        "; ".join(f"{progress.target.name}: {_number(progress.achieved_percent or 0)} %" for progress in targets),
        y + 18,
        body,
    )


def units_chart(rows):
    """
    Bars per sub-unit: members, and Party members among them if the reader may see
    them (``row.party_members`` is None otherwise: no bar, no legend, no title says
    so). A withheld count (reports.disclosure) has its mark and no bar.
    """
    rows = sorted(rows, key=lambda row: -row.members)[:MAX_UNITS]
    if not rows:
        return ""
    with_party = rows[0].party_members is not None
    largest = max(row.members for row in rows) or 1
    plot = WIDTH - VALUE_ROOM
    members_label, party_label = _("Members"), _("Party members")
    series = [("members", members_label)] + ([("party", party_label)] if with_party else [])
    body, y = [], 4
    for position, (colour, label) in enumerate(series):
        body.append(_bar(150 * position, y, 12, COLOURS[colour], label))
        body.append(_text(150 * position + 18, y + 12, label))
    y += LABEL_HEIGHT + ROW_GAP
    for row in rows:
        body.append(_text(0, y + 12, str(row.short_name)))
        y += LABEL_HEIGHT + 2
        values = [row.members] + ([row.figure("party_members")] if with_party else [])
        for value, (colour, label) in zip(values, series):
            length = value / largest * plot if isinstance(value, int) else 0
            body.append(_bar(0, y, length, COLOURS[colour], f"{label}: {_number(value)}"))
            body.append(_text(length + 6, y + 12, _number(value)))
            y += BAR_HEIGHT + 2
        y += ROW_GAP
    if with_party:
        title = _("Members and Party members per unit")
        description = "; ".join(
            f"{row.name}: {_number(row.members)} / {_number(row.figure('party_members'))}" for row in rows
        )
    else:
        title = _("Members per unit")
        description = "; ".join(f"{row.name}: {_number(row.members)}" for row in rows)
    return _svg(title, description, y + 4, body)


def pipeline_stages(pipeline):
    """The funnel's stages in order, with their labels: [(label, value)] ([] if the pipeline is withheld: None)."""
    if pipeline is None:
        return []
    return [
        (_("Identified"), pipeline.get("identified", 0)),
        (_("Fostered"), pipeline.get("fostered", 0)),
        (_("Introduced to the Party for admission"), pipeline.get("introduced", 0)),
        (_("Admitted to the Party"), pipeline.get("admitted", 0)),
        (_("In admission procedure on the day"), pipeline.get("in_procedure", 0)),
    ]


def pipeline_chart(pipeline):
    """The Party-development funnel: one centred bar per stage, widest first ("" if the pipeline is withheld: None)."""
    if pipeline is None:
        return ""
    stages = pipeline_stages(pipeline)
    largest = max(value for _label, value in stages) or 1
    body, y = [], 4
    for label, value in stages:
        length = value / largest * (WIDTH - 20)
        body.append(_text(WIDTH / 2, y + 12, f"{label}: {_number(value)}", anchor="middle"))
        y += LABEL_HEIGHT + 2
        body.append(_bar((WIDTH - length) / 2, y, length, COLOURS["pipeline"], f"{label}: {_number(value)}"))
        y += BAR_HEIGHT + ROW_GAP
    return _svg(
        _("Party development during the term"),
        "; ".join(f"{label}: {value}" for label, value in stages),
        y,
        body,
    )
