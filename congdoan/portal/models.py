"""
The portal's pages and snippets.

Page tree: HomePage → CategoryPage (nested) → ArticlePage; HomePage → StandardPage, ContactPage.
Slides and slogans are snippets with the dates they show; the federation's name, logo and
contact details are a site setting.
"""

import functools

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.admin.widgets.slug import SlugInput
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from congdoan.vietnamese import slugify

from . import selectors
from .blocks import ArticleBodyBlock
from .forms import ArticlePageForm

# The admin turns the title into a slug as the editor types; these formatters make it
# transliterate Vietnamese (đ → d, tones stripped) instead of Wagtail's "dj" for đ.
VIETNAMESE_LETTERS = {
    "a": "àáạảãâầấậẩẫăằắặẳẵ",
    "e": "èéẹẻẽêềếệểễ",
    "i": "ìíịỉĩ",
    "o": "òóọỏõôồốộổỗơờớợởỡ",
    "u": "ùúụủũưừứựửữ",
    "y": "ỳýỵỷỹ",
    "d": "đ",
}
VIETNAMESE_SLUG_FORMATTERS = [(f"[{letters}{letters.upper()}]", base) for base, letters in VIETNAMESE_LETTERS.items()]


FRAGMENT_SECONDS = 3600


def vietnamese_slug_input():
    return SlugInput(formatters=VIETNAMESE_SLUG_FORMATTERS)


class VietnameseSlugMixin:
    """Whatever the browser sent, the stored slug is ASCII, transliterated the Vietnamese way."""

    def full_clean(self, *args, **kwargs):
        self.slug = slugify(self.slug or self.title) or self.slug
        super().full_clean(*args, **kwargs)


class PortalPage(VietnameseSlugMixin, Page):
    """Abstract base of every portal page: ASCII Vietnamese slugs and shared panels."""

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug", widget=vietnamese_slug_input()),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
            ],
            heading=_("For search engines"),
        ),
        MultiFieldPanel([FieldPanel("show_in_menus")], heading=_("For site menus")),
    ]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Fragments of published content are cached per content version; a preview of
        # a draft must never be served from (or stored in) that cache.
        context["fragment_seconds"] = 0 if getattr(request, "is_preview", False) else FRAGMENT_SECONDS
        return context

    def get_view_restrictions(self):
        # Wagtail checks every served page for view restrictions with two queries; most
        # sites have none, and the restricted paths are cached per content version.
        if self.alias_of_id is None and not any(self.path.startswith(path) for path in selectors.restricted_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class HomePage(PortalPage):
    """The site root: slider, slogan ticker, featured articles and one block per category."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    subpage_types = ["portal.CategoryPage", "portal.StandardPage", "portal.ContactPage"]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        """
        Resolve the whole path with one query instead of one per path segment.

        The deepest page whose URL is a prefix of the path answers; what is left
        of the path goes to that page's own route (feeds, print views).
        """
        if not path_components:
            return super().route(request, path_components)
        page, consumed = selectors.deepest_page_on_path(self, path_components)
        if page is None:
            raise Http404
        return page.route(request, path_components[consumed:])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A callable: the template calls it only when the cached fragment is missing.
        context["home_blocks"] = functools.partial(selectors.home_page_blocks, self)
        return context


class CategoryPage(RoutablePageMixin, PortalPage):
    """A news category (chuyên mục): its articles, and those of its sub-categories, newest first."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage", "portal.CategoryPage"]
    subpage_types = ["portal.CategoryPage", "portal.ArticlePage"]
    show_in_menus_default = True

    class Meta:
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")

    @path("")
    def article_list(self, request):
        context = self.get_context(request)
        context["articles"] = selectors.paginate(
            selectors.category_articles(self), request.GET.get("trang"), per_page=12
        )
        return TemplateResponse(request, self.get_template(request), context)

    @path("rss/")
    def feed(self, request):
        from .feeds import LatestArticlesFeed

        return LatestArticlesFeed()(request, category=self)


class ArticlePage(RoutablePageMixin, PortalPage):
    """A news article: lead, rich body with captioned images, byline "Author - Unit"."""

    lead = models.TextField(_("lead"), help_text=_("One or two sentences shown under the title and in lists."))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    author = models.CharField(_("author"), max_length=255, blank=True)
    author_unit = models.CharField(_("author's unit"), max_length=255, blank=True)
    featured = models.BooleanField(
        _("featured"), default=False, db_index=True, help_text=_("Show in the home page's featured block.")
    )

    content_panels = [
        TitleFieldPanel("title"),
        FieldPanel("lead"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("author"), FieldPanel("author_unit")], heading=_("Byline")),
        FieldPanel("featured"),
    ]
    search_fields = PortalPage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("author"),
    ]
    parent_page_types = ["portal.CategoryPage"]
    subpage_types = []
    show_in_menus_default = False
    base_form_class = ArticlePageForm

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    @property
    def updated_at(self):
        """When the article was last published: the "Cập nhật lúc" stamp."""
        return self.last_published_at or self.first_published_at or timezone.now()

    @property
    def published_at(self):
        return self.first_published_at or self.last_published_at or timezone.now()

    @cached_property
    def byline(self):
        return " - ".join(part for part in (self.author, self.author_unit) if part)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A callable: the template calls it only when the cached fragment is missing.
        context["related_articles"] = functools.partial(selectors.related_articles, self)
        return context

    @path("")
    def article(self, request):
        return TemplateResponse(request, self.get_template(request), self.get_context(request))

    @path("in/")
    def print_view(self, request):
        """A print-friendly page that browsers can also save as PDF."""
        context = self.get_context(request)
        return TemplateResponse(request, "portal/article_print.html", context)


class StandardPage(PortalPage):
    """A static page (Giới thiệu, Cơ cấu tổ chức …)."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = PortalPage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = PortalPage.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]
    show_in_menus_default = True

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class ContactFormField(AbstractFormField):
    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")


class ContactPage(VietnameseSlugMixin, AbstractEmailForm):
    """The contact page: the federation's address and a message form."""

    intro = RichTextField(_("introduction"), blank=True)
    thank_you_text = RichTextField(_("thank-you text"), blank=True)

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldPanel("to_address"), FieldPanel("from_address"), FieldPanel("subject")],
            heading=_("Email"),
        ),
    ]
    promote_panels = PortalPage.promote_panels
    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    show_in_menus_default = True
    max_count = 1

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")


class ShownBetweenQuerySet(models.QuerySet):
    def shown_on(self, day):
        """The records whose showing period contains `day` (open ends allowed)."""
        return self.filter(
            models.Q(shows_from__isnull=True) | models.Q(shows_from__lte=day),
            models.Q(shows_until__isnull=True) | models.Q(shows_until__gte=day),
        )


class ShownBetween(models.Model):
    """Something the home page shows only between two dates."""

    shows_from = models.DateField(_("show from"), null=True, blank=True)
    shows_until = models.DateField(_("show until"), null=True, blank=True)
    sort_order = models.IntegerField(_("order"), default=0)

    objects = ShownBetweenQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["sort_order", "pk"]

    def clean(self):
        if self.shows_from and self.shows_until and self.shows_until < self.shows_from:
            raise ValidationError({"shows_until": _("The end date cannot be before the start date.")})


class Slide(ShownBetween):
    """An image of the home-page slider, with a caption and an optional link."""

    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=255)
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("link to page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link_url = models.URLField(_("or link to address"), blank=True)

    panels = [
        FieldPanel("image"),
        FieldPanel("caption"),
        MultiFieldPanel([FieldPanel("link_page"), FieldPanel("link_url")], heading=_("Link")),
        FieldRowPanel([FieldPanel("shows_from"), FieldPanel("shows_until"), FieldPanel("sort_order")]),
    ]

    class Meta(ShownBetween.Meta):
        verbose_name = _("slide")
        verbose_name_plural = _("slides")

    def __str__(self):
        return self.caption


class Slogan(ShownBetween):
    """A slogan of the scrolling ticker (khẩu hiệu)."""

    text = models.CharField(_("slogan"), max_length=500)

    panels = [
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("shows_from"), FieldPanel("shows_until"), FieldPanel("sort_order")]),
    ]

    class Meta(ShownBetween.Meta):
        verbose_name = _("slogan")
        verbose_name_plural = _("slogans")

    def __str__(self):
        return self.text


class PortalLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"))
    url = blocks.URLBlock(label=_("Address"))


@register_setting(icon="site")
class FederationSettings(BaseSiteSetting):
    """Who runs the site: the name and logo in the header, the contact details in the footer."""

    name = models.CharField(_("federation name"), max_length=255, default="Liên đoàn Lao động tỉnh")
    tagline = models.CharField(_("tagline"), max_length=255, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)
    licence = models.CharField(
        _("licence line"),
        max_length=255,
        blank=True,
        help_text=_("E.g. the press licence number, shown in the footer."),
    )
    related_portals = StreamField(
        [("link", PortalLinkBlock())], verbose_name=_("related portals"), blank=True, use_json_field=True
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("tagline"),
        FieldPanel("logo"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("phone"), FieldPanel("email"), FieldPanel("licence")],
            heading=_("Contact"),
        ),
        FieldPanel("related_portals"),
    ]

    class Meta:
        verbose_name = _("federation details")


class PublishedArticle(models.Model):
    """
    One row per live article: where it sits in the tree and when it was published (for
    lists), and its folded text (for search). Kept in step by signals on publish,
    unpublish and move (see signals.py).

    Lists read only the (path, published_at) index, so "the newest articles under this
    category" never touches the wide page table. Title and body are stored lowercased,
    without tones, with đ → d (congdoan.vietnamese.fold), and queries are folded the same
    way, so the same words match on SQLite (an FTS5 table kept in step by triggers) and
    on PostgreSQL (a generated, weighted tsvector column with a GIN index); both are
    created by migration 0002.
    """

    article = models.OneToOneField(ArticlePage, on_delete=models.CASCADE, primary_key=True, related_name="publication")
    path = models.CharField(max_length=255)
    published_at = models.DateTimeField()
    title = models.TextField()
    body = models.TextField()

    class Meta:
        verbose_name = _("published article")
        verbose_name_plural = _("published articles")
        indexes = [models.Index(fields=["path", "published_at"], name="portal_published_listing")]
