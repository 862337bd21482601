"""
Back-office views reach records only through scoped selectors: a view that
queried a model's manager directly could forget the user's subtree.
"""

import ast
from pathlib import Path

import pytest

APPS = Path(__file__).resolve().parents[2]  # congdoan/
BACK_OFFICE_APPS = ("unions", "members", "party", "plans", "emulation", "reports")
BACK_OFFICE_VIEWS = sorted(path for app in BACK_OFFICE_APPS for path in (APPS / app).glob("*views.py"))


@pytest.mark.parametrize("path", BACK_OFFICE_VIEWS, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_views_do_not_query_managers_directly(path):
    tree = ast.parse(path.read_text())
    direct = [
        f"line {node.lineno}: {ast.unparse(node)}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr in ("objects", "_default_manager")
    ]
    assert direct == []


def test_every_back_office_view_is_behind_the_gate():
    from importlib import import_module

    from django.urls import get_resolver

    ungated = []
    for app in BACK_OFFICE_APPS:
        for pattern in _flatten(import_module(f"congdoan.{app}.urls").urlpatterns):
            view = pattern.callback
            if not getattr(view, "behind_back_office_gate", False):
                ungated.append(f"{app}:{pattern.name}")
    assert ungated == []
    assert get_resolver()  # the URL configuration loads


def _flatten(patterns):
    for pattern in patterns:
        if hasattr(pattern, "url_patterns"):
            yield from _flatten(pattern.url_patterns)
        else:
            yield pattern
