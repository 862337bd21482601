"""Admin registration of the portal's snippets: the home page's slides and slogans."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Slide, Slogan

SHOWING_PERIOD_COLUMNS = ["shows_from", "shows_until", "sort_order"]


class SlideViewSet(SnippetViewSet):
    model = Slide
    icon = "image"
    menu_label = _("Slides")
    list_display = ["caption", *SHOWING_PERIOD_COLUMNS]


class SloganViewSet(SnippetViewSet):
    model = Slogan
    icon = "openquote"
    menu_label = _("Slogans")
    list_display = ["text", *SHOWING_PERIOD_COLUMNS]


class HomePageContentGroup(SnippetViewSetGroup):
    items = (SlideViewSet, SloganViewSet)
    menu_icon = "home"
    menu_label = _("Home page")
    menu_name = "home-page-content"


register_snippet(HomePageContentGroup)
