"""
The editorial roles of the portal, as Django groups.

A correspondent (cộng tác viên) writes and submits articles but cannot publish;
an editor (biên tập viên) approves, publishes and schedules; the site
administrator is a superuser.
"""

from django.utils.translation import gettext_lazy as _

CORRESPONDENTS = "Cộng tác viên"
EDITORS = "Biên tập viên"

ROLE_LABELS = {
    CORRESPONDENTS: _("Correspondent"),
    EDITORS: _("Editor"),
}
