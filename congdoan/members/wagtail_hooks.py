from django.urls import include, path
from wagtail import hooks

from . import urls


@hooks.register("register_admin_urls")
def register_member_urls():
    return [path("doan-vien/", include(urls, namespace="members"))]
