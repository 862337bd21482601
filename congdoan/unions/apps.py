from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UnionsConfig(AppConfig):
    name = "congdoan.unions"
    label = "unions"
    verbose_name = _("Union organisations")
    default_auto_field = "django.db.models.BigAutoField"
