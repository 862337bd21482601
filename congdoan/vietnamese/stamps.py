"""Dates and times as Vietnamese readers expect them: Vietnam time, dd/mm/yyyy."""

import datetime
import zoneinfo

from django.utils.translation import gettext

VIETNAM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def in_vietnam(moment):
    """`moment` in Vietnam time; a naive datetime is taken to be UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(VIETNAM)


def update_stamp(moment):
    """
    The article stamp, e.g. "Cập nhật lúc 09:15 - 19/12/2022 (GMT +07:00)".

    Vietnam keeps UTC+7 all year (no daylight saving), so the offset is fixed.
    """
    local = in_vietnam(moment)
    return gettext("Updated at %(time)s - %(date)s (GMT +07:00)") % {
        "time": local.strftime("%H:%M"),
        "date": local.strftime("%d/%m/%Y"),
    }
