from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartyConfig(AppConfig):
    name = "congdoan.party"
    label = "party"
    verbose_name = _("Party development")
    default_auto_field = "django.db.models.BigAutoField"
