from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class AccountsConfig(AppConfig):
    name = "congdoan.accounts"
    label = "accounts"
    verbose_name = _("Accounts")


class UsersAdminConfig(WagtailUsersAppConfig):
    """Replaces "wagtail.users" in INSTALLED_APPS so the user screens show our fields."""

    user_viewset = "congdoan.unions.user_accounts.UserViewSet"
