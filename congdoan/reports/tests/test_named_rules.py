"""The small rules the report page asks by name: who may draft an article, what a withheld pipeline draws."""

import pytest

from congdoan.accounts.scoping import scope_of
from congdoan.registry_fixtures import role_users
from congdoan.reports import charts, services

pytestmark = pytest.mark.django_db


def test_officials_draft_articles_and_the_other_roles_do_not(unions):
    users = role_users(unions)
    assert services.may_draft_article(scope_of(users["chair"]))
    assert not services.may_draft_article(scope_of(users["viewer"]))
    assert not services.may_draft_article(scope_of(users["branch_clerk"]))


def test_a_withheld_pipeline_has_no_stages_and_no_chart():
    assert charts.pipeline_stages(None) == [] and charts.pipeline_chart(None) == ""
    assert len(charts.pipeline_stages({"identified": 3})) == 5
