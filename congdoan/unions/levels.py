"""
The levels of the union tree and which level may sit under which.

Since 2025 a grassroots union may sit directly under a province or a
sectoral union as well as under an upper-level union.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    CONFEDERATION = "confederation", _("Confederation")
    PROVINCE = "province", _("Provincial federation")
    SECTOR = "sector", _("Sectoral union")
    UPPER = "upper", _("Upper-level union")
    GRASSROOTS = "grassroots", _("Grassroots union")
    MEMBER_UNION = "member_union", _("Member grassroots union")
    BRANCH = "branch", _("Branch union")
    GROUP = "group", _("Union group")


ALLOWED_PARENTS = {
    Level.CONFEDERATION: frozenset(),
    Level.PROVINCE: frozenset({Level.CONFEDERATION}),
    Level.SECTOR: frozenset({Level.CONFEDERATION, Level.PROVINCE}),
    Level.UPPER: frozenset({Level.PROVINCE, Level.SECTOR}),
    Level.GRASSROOTS: frozenset({Level.PROVINCE, Level.SECTOR, Level.UPPER}),
    Level.MEMBER_UNION: frozenset({Level.GRASSROOTS}),
    Level.BRANCH: frozenset({Level.GRASSROOTS, Level.MEMBER_UNION}),
    Level.GROUP: frozenset({Level.GRASSROOTS, Level.MEMBER_UNION, Level.BRANCH}),
}

# Levels whose unions hold members directly (a member belongs to the smallest unit).
MEMBER_HOLDING_LEVELS = frozenset({Level.GRASSROOTS, Level.MEMBER_UNION, Level.BRANCH, Level.GROUP})


def holds_members(organisation):
    """Whether members belong to ``organisation`` directly (the smallest units do; upper-level unions do not)."""
    return organisation.level in MEMBER_HOLDING_LEVELS


def unit_levels(parent_level):
    """The levels a unit directly under a union of ``parent_level`` may have, top level first."""
    return [level for level in Level if parent_level in ALLOWED_PARENTS[level]]


def may_hold(parent_level, child_level):
    """Whether a union of ``child_level`` may sit under one of ``parent_level`` (None: the top)."""
    if parent_level is None:
        return not ALLOWED_PARENTS[child_level]
    return parent_level in ALLOWED_PARENTS[child_level]
