"""Back-office access for union officials, without managing a Django group per role."""

from django.contrib.auth.backends import BaseBackend

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
