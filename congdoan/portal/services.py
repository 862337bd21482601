"""
Writes of the portal that are more than saving a form: the editorial roles and workflow.

Correspondents (cộng tác viên) may create articles and edit their own, and submit them
for moderation; they cannot publish. Editors (biên tập viên) edit any page, approve or
send back submissions with a comment, publish, schedule and unpublish, and manage
slides and slogans. Moderation is a Wagtail workflow with one group-approval task.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupApprovalTask, GroupCollectionPermission, GroupPagePermission, Workflow, WorkflowPage, WorkflowTask

from congdoan.accounts.roles import CORRESPONDENTS, EDITORS

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
    + [("portal", f"{action}_{model}") for model in ("slide", "slogan") for action in ("add", "change", "delete", "view")]
    + [("portal", "change_federationsettings")],
}


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def setup_editorial_roles(home_page):
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
        for app_label, codenames in (("wagtailimages", IMAGE_PERMISSIONS[name]), ("wagtaildocs", DOCUMENT_PERMISSIONS[name])):
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

