"""
The editorial roles of the portal, as Django groups (names as users see them).

A correspondent (cộng tác viên) writes and submits articles but cannot publish;
an editor (biên tập viên) approves, publishes and schedules; the site
administrator is a superuser. Their permissions: congdoan.portal.services.
"""

CORRESPONDENTS = "Cộng tác viên"
EDITORS = "Biên tập viên"
