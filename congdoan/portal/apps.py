from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "congdoan.portal"
    label = "portal"
    verbose_name = _("News portal")

    def ready(self):
        from . import signals  # noqa: F401 - connects the receivers
