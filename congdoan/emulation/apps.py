from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EmulationConfig(AppConfig):
    name = "congdoan.emulation"
    label = "emulation"
    verbose_name = _("Emulation and evaluation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The indicator "share of branches rated in the top class" is computed from evaluations.
        from . import indicators  # noqa: F401
