"""Numbers and dates as Vietnamese documents write them (1.234; 133,33 %; ngày 05 tháng 02 năm 2022)."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Withheld:
    """
    A count not shown (reports.disclosure). ``below``: fewer than that many people
    (a small count), written "< 5"; None: withheld only so that a small count cannot
    be worked out from a total, written "—".
    """

    below: int | None = None

    def __str__(self):
        return f"< {self.below}" if self.below else "—"


def number(value):
    """An integer with "." between thousands, a decimal with "," and at most two decimals."""
    if value is None:
        return "—"
    if isinstance(value, Withheld):
        return str(value)
    if isinstance(value, float):
        value = Decimal(str(round(value, 2)))
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            value = int(value)
        else:
            whole, _dot, decimals = f"{value.quantize(Decimal('0.01')):f}".partition(".")
            return f"{int(whole):,}".replace(",", ".") + "," + decimals.rstrip("0")
    return f"{value:,}".replace(",", ".")


def percent(value):
    return "—" if value is None else f"{number(value)} %"


def document_date(day):
    """
    The date line's date, "ngày 05 tháng 02 năm 2022": a day under 10 and the months
    January and February take a leading zero (Decree 30/2020/NĐ-CP, appendix I).
    """
    return _("day %(day)s month %(month)s year %(year)s") % {
        "day": f"{day.day:02d}",
        "month": f"{day.month:02d}" if day.month < 3 else str(day.month),
        "year": day.year,
    }


def short_date(day):
    return day.strftime("%d/%m/%Y") if day else "—"
