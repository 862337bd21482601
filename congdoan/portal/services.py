"""
Writes of the portal that are more than saving a form: the editorial roles and workflow,
and the article drafts the back office asks for (the only way it writes to the portal).

Correspondents (cộng tác viên) may create articles and edit their own, and submit them
for moderation; they cannot publish. Editors (biên tập viên) edit any page, approve or
send back submissions with a comment, publish, schedule and unpublish, and manage
slides and slogans. Moderation is a Wagtail workflow with one group-approval task.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.log_actions import log
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.rich_text import RichText

from congdoan.accounts.roles import CORRESPONDENTS, EDITORS

from .models import ArticlePage, CategoryPage

if TYPE_CHECKING:
    from wagtail.models import Page

    from congdoan.accounts.models import User

WORKFLOW_NAME = "Duyệt tin bài"
TASK_NAME = "Biên tập viên duyệt"

PAGE_PERMISSIONS = {
    CORRESPONDENTS: ["add_page"],
    EDITORS: ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
}
IMAGE_PERMISSIONS = {
    CORRESPONDENTS: ["add_image", "choose_image"],
    EDITORS: ["add_image", "change_image", "delete_image", "choose_image"],
}
DOCUMENT_PERMISSIONS = {
    CORRESPONDENTS: ["add_document", "choose_document"],
    EDITORS: ["add_document", "change_document", "delete_document", "choose_document"],
}
MODEL_PERMISSIONS = {
    CORRESPONDENTS: [("wagtailadmin", "access_admin")],
    EDITORS: [("wagtailadmin", "access_admin")]
    + [
        ("portal", f"{action}_{model}")
        for model in ("slide", "slogan")
        for action in ("add", "change", "delete", "view")
    ]
    + [("portal", "change_federationsettings")],
}


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def setup_editorial_roles(home_page: Page) -> dict[str, Group]:
    """
    Create (or complete) the correspondent and editor groups, their permissions on
    `home_page` and its subtree, and the moderation workflow. Safe to run again.
    Returns {group name: Group}.
    """
    root_collection = Collection.get_first_root_node()
    groups = {}
    for name in (CORRESPONDENTS, EDITORS):
        group, _created = Group.objects.get_or_create(name=name)
        groups[name] = group
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=home_page, permission=_permission("wagtailcore", codename)
            )
        for app_label, codenames in (
            ("wagtailimages", IMAGE_PERMISSIONS[name]),
            ("wagtaildocs", DOCUMENT_PERMISSIONS[name]),
        ):
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=_permission(app_label, codename)
                )
        group.permissions.add(*[_permission(app_label, codename) for app_label, codename in MODEL_PERMISSIONS[name]])

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    task, _created = GroupApprovalTask.objects.get_or_create(name=TASK_NAME)
    task.groups.add(groups[EDITORS])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=home_page, defaults={"workflow": workflow})
    return groups


# Slug fragments of a category about union activity, best first.
ACTIVITY_SLUGS = ("hoat-dong-cong-doan", "hoat-dong", "cong-doan")


def article_category() -> CategoryPage | None:
    """
    The news category a drafted article goes to (None if the portal has none): the
    one whose slug says it is about union activity (``hoat-dong-cong-doan``, then any
    slug with ``hoat-dong`` or ``cong-doan``), else the first in the page tree.
    """
    categories = list(CategoryPage.objects.order_by("path"))
    for fragment in ACTIVITY_SLUGS:
        for category in categories:
            if fragment in category.slug:
                return category
    return categories[0] if categories else None


@transaction.atomic
def draft_article(*, title: str, lead: str, paragraphs: Iterable[str], author_unit: str, user: User) -> ArticlePage:
    """
    A DRAFT article (never published here), saved as a revision by ``user`` and
    submitted to the moderation workflow of its category, so it appears in the
    editors' "awaiting your review" list and goes live only when an editor approves
    it; without a workflow it stays a draft for an editor to publish.
    """
    category = article_category()
    if category is None:
        raise ValidationError(_("The portal has no news category to put the article in: ask an editor to create one."))
    article = ArticlePage(
        title=title[:255],
        lead=lead,
        body=[("paragraph", RichText(f"<p>{escape(text)}</p>")) for text in paragraphs],
        author=user.byline_name,
        author_unit=author_unit,
        live=False,
        owner=user,
    )
    category.add_child(instance=article)
    log(instance=article, action="wagtail.create", user=user)
    revision = article.save_revision(user=user, log_action=True)
    workflow = article.get_workflow()
    if workflow is not None:
        workflow.start(article, user)
    article.latest_revision = revision
    return article


def may_edit_article(article: ArticlePage, user: User) -> bool:
    """Whether ``user`` may open the draft in the page editor."""
    return article.permissions_for_user(user).can_edit()
