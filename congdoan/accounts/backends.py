"""Back-office access for union officials, without managing a Django group per role."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import BaseBackend, ModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Q

ADMIN_ACCESS = "wagtailadmin.access_admin"


class UnionRoleBackend(BaseBackend):
    """Lets an active user with a role in a union organisation into the admin (where the back office lives)."""

    def has_perm(self, user_obj, perm, obj=None):
        return (
            perm == ADMIN_ACCESS
            and user_obj.is_active
            and bool(getattr(user_obj, "union_role", ""))
            and getattr(user_obj, "organisation_id", None) is not None
        )


class UserWithUnionBackend(ModelBackend):
    """
    Django's own backend, doing in one query what it does in several on every admin page:
    the signed-in user comes with their union and their Wagtail profile, and their own and
    their groups' permissions are read together.
    """

    def get_user(self, user_id):
        try:
            user = (
                get_user_model()._default_manager.select_related("organisation", "wagtail_userprofile").get(pk=user_id)
            )
        except get_user_model().DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            if user_obj.is_superuser:
                permissions = Permission.objects.all()
            else:
                permissions = Permission.objects.filter(Q(user=user_obj) | Q(group__user=user_obj))
            user_obj._perm_cache = {
                f"{app_label}.{codename}"
                for app_label, codename in permissions.values_list("content_type__app_label", "codename")
            }
        return user_obj._perm_cache
