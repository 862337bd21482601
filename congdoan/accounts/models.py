"""Users of the site: editors, correspondents and union officials."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from .roles import UnionRole


class User(AbstractUser):
    """
    A person who signs in to the admin.

    `unit_name` is the unit a correspondent writes for; it fills the byline
    ("Author - Unit") of the articles they create.
    """

    unit_name = models.CharField(
        _("unit"),
        max_length=255,
        blank=True,
        help_text=_("The unit you write for; shown in the byline of your articles."),
    )

    organisation = models.ForeignKey(
        "unions.Organisation",
        verbose_name=_("union organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="officials",
        help_text=_("The union this person works for: they see it and everything under it."),
    )
    union_role = models.CharField(
        _("role in the union"),
        max_length=16,
        choices=UnionRole.choices,
        blank=True,
        help_text=_("What this person may do with the union's records."),
    )

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")
        swappable = "AUTH_USER_MODEL"

    @property
    def byline_name(self):
        """The author name as printed under an article."""
        return self.get_full_name() or self.get_username()
