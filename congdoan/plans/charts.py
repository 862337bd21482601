"""
The geometry of the small charts on progress pages (a bar of % achieved, bars
per year), worked out here so templates only place them. Coordinates are
strings with a dot, whatever the language's decimal separator.
"""

from decimal import Decimal

from django.template.defaultfilters import floatformat

BAR_CAP = Decimal(100)  # a bar is full at 100 %; beyond that it is marked as overflowing

CHART_WIDTH, CHART_HEIGHT, BAR_GAP = 240, 60, 4


def number(value):
    """``value`` the Vietnamese way with at most two decimals and none when whole: 4,5 / 400."""
    return floatformat(value, "-2")


def achievement_bar(percent):
    """The width (0–100) of a bar showing ``percent`` achieved, and whether it overflows 100 %."""
    if percent is None:
        return None
    width = max(min(Decimal(percent), BAR_CAP), Decimal(0))
    return {"width": f"{width:.0f}", "overflows": percent > BAR_CAP}


def year_bars(per_year, goal=None, at_most=False):
    """
    Bars of an SVG chart for ``per_year`` ([(year, value or None)]), scaled to the
    largest value or ``goal`` (drawn as a line when given): {"bars", "goal_y", "width", "height"}.
    """
    if not per_year:
        return None
    values = [value for _year, value in per_year if value is not None]
    top = max([*values, goal or 0, Decimal(0)])
    top = top or Decimal(1)
    plot_height = CHART_HEIGHT - 14  # room for the year under each bar
    slot = Decimal(CHART_WIDTH) / len(per_year)
    bars = []
    for index, (year, value) in enumerate(per_year):
        height = (Decimal(value) / top * plot_height) if value else Decimal(0)
        bars.append(
            {
                "year": year,
                "value": value,
                "label": number(value) if value is not None else "—",
                "x": f"{index * slot + Decimal(BAR_GAP) / 2:.1f}",
                "width": f"{max(slot - BAR_GAP, Decimal(1)):.1f}",
                "y": f"{plot_height - height:.1f}",
                "height": f"{height:.1f}",
                "text_x": f"{index * slot + slot / 2:.1f}",
                "met": goal is not None and value is not None and (value <= goal if at_most else value >= goal),
            }
        )
    goal_y = f"{plot_height - Decimal(goal) / top * plot_height:.1f}" if goal else None
    return {"bars": bars, "goal_y": goal_y, "width": CHART_WIDTH, "height": CHART_HEIGHT, "label_y": CHART_HEIGHT - 2}
