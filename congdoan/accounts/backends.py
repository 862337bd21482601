"""Back-office access for union officials, without managing a Django group per role."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import BaseBackend, ModelBackend

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
    """Django's own backend, loading the signed-in user together with their union (one query fewer per page)."""

    def get_user(self, user_id):
        try:
            user = get_user_model()._default_manager.select_related("organisation").get(pk=user_id)
        except get_user_model().DoesNotExist:
            return None
        return user if self.user_can_authenticate(user) else None
