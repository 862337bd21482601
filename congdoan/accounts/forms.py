"""Admin forms for users: Wagtail's own, plus the correspondent's unit; the sign-in form."""

from django.contrib.auth.forms import AuthenticationForm
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.users import forms as wagtail_user_forms


class UserCreationForm(wagtail_user_forms.UserCreationForm):
    class Meta(wagtail_user_forms.UserCreationForm.Meta):
        fields = wagtail_user_forms.UserCreationForm.Meta.fields | {"unit_name"}


class UserEditForm(wagtail_user_forms.UserEditForm):
    class Meta(wagtail_user_forms.UserEditForm.Meta):
        fields = wagtail_user_forms.UserEditForm.Meta.fields | {"unit_name"}


class LoginForm(WagtailLoginForm):
    """
    Wagtail's sign-in form, with its password field labelled in the user's language.

    Wagtail redefines the password field without a label, so Django labels it with the
    field's name, "Password", in every language (WAGTAILADMIN_USER_LOGIN_FORM).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = AuthenticationForm.base_fields["password"].label
