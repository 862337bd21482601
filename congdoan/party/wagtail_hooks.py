from django.urls import include, path
from wagtail import hooks

from . import services, urls


@hooks.register("register_admin_urls")
def register_party_urls():
    return [path("dang/", include(urls, namespace="party"))]


@hooks.register("register_log_actions")
def register_party_audit_actions(actions):
    for action, label, message in services.AUDIT_ACTIONS:
        actions.register_action(action, label, message)
