"""The admin's user screens, with our extra profile fields."""

from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .forms import UserCreationForm, UserEditForm


class UserViewSet(WagtailUserViewSet):
    create_template_name = "accounts/users/create.html"
    edit_template_name = "accounts/users/edit.html"

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm
