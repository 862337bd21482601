"""Fixtures shared by the whole suite: a small portal site tree and its users."""

import datetime
import itertools

import pytest
from django.core.cache import caches
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.rich_text import RichText

from congdoan.accounts.roles import CORRESPONDENTS, EDITORS
from congdoan.portal.models import ArticlePage, CategoryPage, FederationSettings, HomePage
from congdoan.portal.services import setup_editorial_roles
from congdoan.vietnamese import VIETNAM

_slug_numbers = itertools.count(1)


@pytest.fixture(autouse=True)
def empty_caches():
    """Each test starts with empty caches (local memory outlives a test)."""
    for alias in ("default", "renditions"):
        caches[alias].clear()
    yield
    for alias in ("default", "renditions"):
        caches[alias].clear()


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_UPLOAD_ROOT = tmp_path / "private"


@pytest.fixture
def in_english():
    """Messages as written in the code, whatever the translation says (``usefixtures("in_english")``)."""
    with translation.override("en"):
        yield


def vietnam_time(year, month, day, hour=9, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=VIETNAM)


def publish_article(category, title, lead="Tóm tắt tin.", paragraphs=("Nội dung tin.",), when=None, **fields):
    """Create and publish an article under `category` the way an editor would (with a revision)."""
    article = ArticlePage(
        title=title,
        lead=lead,
        body=[("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs],
        first_published_at=when,
        **fields,
    )
    category.add_child(instance=article)
    article.save_revision().publish()
    if when is not None:
        ArticlePage.objects.filter(pk=article.pk).update(last_published_at=when)
        article.refresh_from_db()
    return article


class PortalTree:
    """A home page with two top-level categories, one sub-category, and its site."""

    def __init__(self):
        root = Page.get_first_root_node()
        root.get_children().delete()
        self.home = root.add_child(instance=HomePage(title="Trang chủ", slug="trang-chu"))
        self.home.save_revision().publish()
        Site.objects.all().delete()
        self.site = Site.objects.create(hostname="testserver", port=80, root_page=self.home, is_default_site=True)
        self.news = self.add_category(self.home, "Tin tức - Sự kiện")
        self.local_news = self.add_category(self.news, "Tin trong tỉnh")
        self.activities = self.add_category(self.home, "Hoạt động công đoàn")
        federation = FederationSettings.for_site(self.site)
        federation.name = "Liên đoàn Lao động tỉnh Bắc Kạn"
        federation.address = "Số 8 đường Trường Chinh"
        federation.save()

    @staticmethod
    def add_category(parent, title):
        category = parent.add_child(instance=CategoryPage(title=title, show_in_menus=True))
        category.save_revision().publish()
        return category

    def publish(self, title, category=None, **kwargs):
        return publish_article(category or self.local_news, title, **kwargs)


@pytest.fixture
def portal(db):
    return PortalTree()


@pytest.fixture
def editorial_users(portal, django_user_model):
    """A correspondent and an editor with the portal's editorial roles."""
    groups = setup_editorial_roles(portal.home)
    correspondent = django_user_model.objects.create_user(
        "ctv", password="pw", first_name="Hồng Vân", unit_name="Ban Quản lý, bảo trì công trình đường bộ Bắc Kạn"
    )
    correspondent.groups.add(groups[CORRESPONDENTS])
    editor = django_user_model.objects.create_user("btv", password="pw", first_name="Minh Châu")
    editor.groups.add(groups[EDITORS])
    return {"correspondent": correspondent, "editor": editor}


def unique_slug(prefix="tin"):
    return f"{prefix}-{next(_slug_numbers)}"


@pytest.fixture
def unions(db):
    """A small union tree (see congdoan.registry_fixtures.UnionTree)."""
    from congdoan.registry_fixtures import UnionTree

    return UnionTree()


@pytest.fixture
def users(unions):
    """One user per role of the access tests (see congdoan.registry_fixtures.role_users)."""
    from congdoan.registry_fixtures import role_users

    return role_users(unions)


@pytest.fixture
def chair(users):
    """The transport union's chair: an official of a grassroots union."""
    return users["chair"]


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """
    pytest-django's live server, started only once the test database exists: started
    before it, on SQLite the server's threads would share one in-memory connection.
    """
    return live_server
