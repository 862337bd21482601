"""
The roles people have, as users see them.

Portal roles are Django groups: a correspondent (cộng tác viên) writes and
submits articles but cannot publish; an editor (biên tập viên) approves,
publishes and schedules. Their permissions: congdoan.portal.services.

Back-office roles are held in one union organisation (``User.organisation``)
and reach that union and everything under it (see ``scoping``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

CORRESPONDENTS = "Cộng tác viên"
EDITORS = "Biên tập viên"


class UnionRole(models.TextChoices):
    OFFICIAL = "official", _("Union official (chair, vice-chair)")
    CLERK = "clerk", _("Member-data clerk")
    VIEWER = "viewer", _("Viewer")


# What each role may do. Officials run their union and the units under it;
# clerks keep the member registry; viewers read, without sensitive data.
MANAGES_ORGANISATIONS = frozenset({UnionRole.OFFICIAL})
MANAGES_MEMBERS = frozenset({UnionRole.OFFICIAL, UnionRole.CLERK})
SEES_SENSITIVE_DATA = frozenset({UnionRole.OFFICIAL, UnionRole.CLERK})
