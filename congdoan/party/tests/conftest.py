"""Builders for the Party pipeline's tests: users of each role and candidacies taken to a given stage."""

import datetime

import pytest

from congdoan.accounts.models import User
from congdoan.accounts.roles import UnionRole
from congdoan.party import services
from congdoan.party.models import STAGE_ORDER, Stage, months_after
from congdoan.registry_fixtures import admit


def day(text):
    """A date written the Vietnamese way: day("03/09/2018")."""
    return datetime.datetime.strptime(text, "%d/%m/%Y").date()


def offsets(start):
    """The days of a valid path through the stages, from ``start`` (the day the candidate is identified)."""
    plus = lambda days: start + datetime.timedelta(days=days)  # noqa: E731
    admitted = plus(230)
    return {
        Stage.IDENTIFIED: start,
        Stage.FOSTERING: plus(20),
        "course_started_on": plus(30),
        "course_ended_on": plus(35),
        "certificate_issued_on": plus(40),
        Stage.INTRODUCED: plus(140),
        Stage.IN_PROCEDURE: plus(170),
        Stage.ADMITTED: admitted,
        Stage.CONFIRMED: months_after(admitted, 12),
    }


def take_to(candidate, stage, user=None, start=None):
    """Move ``candidate`` through each stage after its current one, up to ``stage``, with valid data."""
    days = offsets(start or candidate.identified_on)
    for next_stage in STAGE_ORDER[STAGE_ORDER.index(Stage(candidate.stage)) + 1 : STAGE_ORDER.index(stage) + 1]:
        on = days[next_stage]
        if next_stage == Stage.FOSTERING:
            services.start_fostering(
                candidate, on=on, user=user,
                course_started_on=days["course_started_on"], course_ended_on=days["course_ended_on"],
                certificate_number="GCN-01", certificate_issued_on=days["certificate_issued_on"],
            )  # fmt: skip
        elif next_stage == Stage.INTRODUCED:
            services.introduce(
                candidate, on=on, resolution_number="05/NQ-CĐCS", party_cell="Chi bộ Văn phòng", user=user
            )
        elif next_stage == Stage.IN_PROCEDURE:
            services.start_procedure(candidate, on=on, user=user)
        elif next_stage == Stage.ADMITTED:
            services.admit(candidate, on=on, decision_number="112-QĐ/ĐU", user=user)
        elif next_stage == Stage.CONFIRMED:
            services.confirm(candidate, on=on, decision_number="230-QĐ/ĐU", user=user)
    return candidate


def new_candidate(organisation, stage=Stage.IDENTIFIED, identified_on=None, user=None, **member_fields):
    """A member of ``organisation`` (born 1990) identified on ``identified_on`` and taken to ``stage``."""
    member_fields.setdefault("born_on", datetime.date(1990, 4, 2))
    member = admit(organisation, **member_fields)
    identified_on = identified_on or datetime.date(2018, 1, 10)
    candidate = services.identify_candidate(member=member, identified_on=identified_on, user=user)
    return take_to(candidate, stage, user=user)


def make_user(username, organisation, role):
    return User.objects.create_user(username, password="x", organisation=organisation, union_role=role)


@pytest.fixture
def chair(unions):
    """An official of the transport grassroots union (its executive committee's work is theirs)."""
    return make_user("chair", unions.transport, UnionRole.OFFICIAL)


@pytest.fixture
def clerk(unions):
    return make_user("clerk", unions.transport, UnionRole.CLERK)
