"""Admin forms for users: Wagtail's own, plus the correspondent's unit."""

from wagtail.users import forms as wagtail_user_forms


class UserCreationForm(wagtail_user_forms.UserCreationForm):
    class Meta(wagtail_user_forms.UserCreationForm.Meta):
        fields = wagtail_user_forms.UserCreationForm.Meta.fields | {"unit_name"}


class UserEditForm(wagtail_user_forms.UserEditForm):
    class Meta(wagtail_user_forms.UserEditForm.Meta):
        fields = wagtail_user_forms.UserEditForm.Meta.fields | {"unit_name"}
