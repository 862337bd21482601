"""
Load the demo federation's portal: page tree, articles, slides, slogans, settings,
editorial roles and logins. Idempotent: a site that already has a home page is left alone.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from congdoan.accounts.roles import CORRESPONDENTS, EDITORS
from congdoan.portal.models import (
    ArticlePage,
    CategoryPage,
    ContactPage,
    FederationSettings,
    HomePage,
    Slide,
    Slogan,
    StandardPage,
)
from congdoan.portal.services import setup_editorial_roles
from congdoan.vietnamese import VIETNAM

from . import content
from .pictures import draw_logo, draw_picture, save_image

# Demo logins (printed by `make run`; never used outside the demo).
LOGINS = [
    {
        "username": "admin",
        "password": "quantri-demo-2026",
        "role": "site administrator",
        "superuser": True,
        "first_name": "Quản trị",
        "last_name": "",
        "unit": "",
    },
    {
        "username": "bientap",
        "password": "bientap-demo-2026",
        "role": "editor",
        "group": EDITORS,
        "first_name": "Minh Châu",
        "last_name": "",
        "unit": "Ban Tuyên giáo LĐLĐ tỉnh",
    },
    {
        "username": "congtacvien",
        "password": "ctv-demo-2026",
        "role": "correspondent",
        "group": CORRESPONDENTS,
        "first_name": "Hồng Vân",
        "last_name": "",
        "unit": "Ban Quản lý, bảo trì công trình đường bộ Bắc Kạn",
    },
]


def parse_local(text):
    """A "dd/mm/yyyy HH:MM" or "dd/mm/yyyy" Vietnam-time string as an aware datetime."""
    layout = "%d/%m/%Y %H:%M" if " " in text else "%d/%m/%Y"
    return datetime.datetime.strptime(text, layout).replace(tzinfo=VIETNAM)


def parse_day(text):
    return parse_local(text).date() if text else None


def _paragraphs(texts):
    return [("paragraph", RichText(f"<p>{escape(text)}</p>")) for text in texts]


def _article_body(blocks, title):
    body = []
    for number, block in enumerate(blocks):
        kind = block[0]
        if kind == "paragraph":
            body.append(("paragraph", RichText(f"<p>{escape(block[1])}</p>")))
        elif kind == "heading":
            body.append(("heading", block[1]))
        elif kind == "list":
            items = "".join(f"<li>{escape(item)}</li>" for item in block[1])
            body.append(("paragraph", RichText(f"<ul>{items}</ul>")))
        elif kind == "quote":
            body.append(("quote", {"text": block[1], "attribution": block[2]}))
        elif kind == "image":
            image = save_image(block[1][:250], draw_picture(block[2], f"{title}-{number}"), f"anh-{number}.jpg")
            body.append(("image", {"image": image, "caption": block[1], "alt_text": block[1]}))
    return body


def _home_page():
    root = Page.get_first_root_node()
    for page in root.get_children().filter(content_type__model="page"):
        page.delete()  # Wagtail's "Welcome to your new Wagtail site!" placeholder
    home = root.add_child(instance=HomePage(title="Trang chủ", slug="trang-chu", intro=content.FEDERATION["name"]))
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page, site.site_name = "localhost", 80, home, content.FEDERATION["name"]
    site.save()
    return home, site


def _menu_pages(parent, items, categories):
    for item in items:
        if item["kind"] == "category":
            page = CategoryPage(title=item["title"], slug=item["slug"], intro=item.get("intro", ""), show_in_menus=True)
        elif item["kind"] == "standard":
            page = StandardPage(
                title=item["title"],
                slug=item["slug"],
                intro=item.get("intro", ""),
                body=_paragraphs(item.get("body", [])),
                show_in_menus=True,
            )
        else:
            page = _contact_page(item)
        parent.add_child(instance=page)
        page.save_revision().publish()
        if item["kind"] == "category":
            categories[item["slug"]] = page
        _menu_pages(page, item.get("children", []), categories)


def _contact_page(item):
    page = ContactPage(
        title=item["title"],
        slug=item["slug"],
        show_in_menus=True,
        intro=f"<p>{escape(item.get('intro', ''))}</p>",
        thank_you_text="<p>Cảm ơn bạn đã liên hệ. Chúng tôi sẽ phản hồi trong thời gian sớm nhất.</p>",
        to_address=content.FEDERATION["email"],
        from_address=content.FEDERATION["email"],
        subject="Liên hệ từ trang thông tin điện tử",
    )
    for order, (label, field_type, required) in enumerate(
        [
            ("Họ và tên", "singleline", True),
            ("Thư điện tử", "email", True),
            ("Số điện thoại", "singleline", False),
            ("Nội dung", "multiline", True),
        ]
    ):
        page.form_fields.add(
            page.form_fields.model(sort_order=order, label=label, field_type=field_type, required=required)
        )
    return page


def _articles(categories):
    by_slug = {}
    for data in content.ARTICLES:
        published = parse_local(data["published"])
        cover = None
        if any(block[0] == "image" for block in data["body"]) or data.get("featured"):
            colour = next((block[2] for block in data["body"] if block[0] == "image"), "#0b3d91")
            cover = save_image(data["title"][:250], draw_picture(colour, data["title"]), "bia.jpg")
        article = ArticlePage(
            title=data["title"],
            lead=data["lead"],
            image=cover,
            body=_article_body(data["body"], data["title"]),
            author=data["author"],
            author_unit=data["author_unit"],
            featured=data.get("featured", False),
            first_published_at=published,
        )
        categories[data["category"]].add_child(instance=article)
        article.save_revision().publish()
        ArticlePage.objects.filter(pk=article.pk).update(
            last_published_at=published, latest_revision_created_at=published
        )
        by_slug[article.slug] = article
    return by_slug


def _slides_and_slogans(articles, categories):
    for order, data in enumerate(content.SLIDES):
        image = save_image(
            data["caption"][:250], draw_picture(data["colour"], f"slide-{order}", (1600, 600)), f"slide-{order}.jpg"
        )
        link = articles.get(data["link_slug"]) or categories.get(data["link_slug"])
        Slide.objects.create(
            image=image,
            caption=data["caption"],
            link_page=link,
            sort_order=order,
            shows_from=parse_day(data.get("start")),
            shows_until=parse_day(data.get("end")),
        )
    for order, data in enumerate(content.SLOGANS):
        Slogan.objects.create(
            text=data["text"],
            sort_order=order,
            shows_from=parse_day(data.get("start")),
            shows_until=parse_day(data.get("end")),
        )


def _federation_settings(site):
    federation = content.FEDERATION
    settings = FederationSettings.for_site(site)
    settings.name = federation["name"]
    settings.tagline = federation["website"]
    settings.logo = save_image("Biểu trưng Công đoàn", draw_logo(), "bieu-trung.png")
    settings.address, settings.phone, settings.email = federation["address"], federation["phone"], federation["email"]
    settings.licence = "Trang thông tin điện tử của " + federation["name"] + " (bản trình diễn)"
    settings.related_portals = [("link", {"label": label, "url": url}) for label, url in federation["related_portals"]]
    settings.save()


def _logins():
    User = get_user_model()
    for login in LOGINS:
        user, _created = User.objects.get_or_create(username=login["username"])
        user.first_name, user.last_name, user.unit_name = login["first_name"], login["last_name"], login["unit"]
        user.email = f"{login['username']}@congdoan.example.vn"
        user.is_superuser = user.is_staff = bool(login.get("superuser"))
        user.set_password(login["password"])
        user.save()
        if login.get("group"):
            user.groups.add(Group.objects.get(name=login["group"]))


def portal_is_loaded():
    return HomePage.objects.exists()


@transaction.atomic
def load_portal_demo():
    """Build the whole demo portal. Returns False (and changes nothing) if it is already there."""
    if portal_is_loaded():
        return False
    home, site = _home_page()
    categories = {}
    _menu_pages(home, content.MENU, categories)
    articles = _articles(categories)
    _slides_and_slogans(articles, categories)
    _federation_settings(site)
    setup_editorial_roles(home)
    _logins()
    return True
