"""Admin forms of the portal."""

from wagtail.admin.forms import WagtailAdminPageForm


class ArticlePageForm(WagtailAdminPageForm):
    """A new article's byline starts as its writer's name and unit; both stay editable."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if self.instance.pk is None and user is not None and user.is_authenticated:
            self.initial["author"] = self.initial.get("author") or user.byline_name
            self.initial["author_unit"] = self.initial.get("author_unit") or user.unit_name
