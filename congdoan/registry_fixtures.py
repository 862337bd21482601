"""
Test data builders for the union tree and the member registry, shared by the
tests of unions, members and the apps above them (imported by conftest).
"""

import datetime
import itertools

from congdoan.members import services as member_services
from congdoan.members.vocabularies import Sex
from congdoan.unions import services as union_services
from congdoan.unions.levels import Level

_codes = itertools.count(1)
_cards = itertools.count(1)


def decision(number="589/QĐ-LĐLĐ", signed_on=datetime.date(2017, 3, 20), issuer="LĐLĐ tỉnh Bắc Kạn"):
    return union_services.find_or_create_decision(number=number, signed_on=signed_on, issuer=issuer)


def found(parent, name, level, **fields):
    fields.setdefault("code", f"U{next(_codes):05d}")
    return union_services.found_organisation(parent=parent, name=name, level=level, **fields)


def admit(organisation, family="Nguyễn", middle="Văn", given="An", joined=datetime.date(2015, 1, 1), **fields):
    fields.setdefault("card_number", f"TDV{next(_cards):07d}")
    fields.setdefault("sex", Sex.MALE)
    return member_services.admit_member(
        organisation=organisation,
        family_name=family,
        middle_name=middle,
        given_name=given,
        joined_union_on=joined,
        **fields,
    )


_candidates = itertools.count(1)


def introduce(union, introduced_on, **dates):
    """
    A candidate of ``union`` introduced to the Party on ``introduced_on``, written
    directly as a record (admitted too if ``dates`` holds ``admitted_on``).
    """
    from congdoan.party.models import Candidate, Stage

    member = admit(union, given=f"Ứng viên {next(_candidates)}")
    return Candidate.objects.create(
        member=member,
        organisation=union,
        identified_on=datetime.date(introduced_on.year - 1, 1, 2),
        introduced_on=introduced_on,
        stage=Stage.ADMITTED if dates.get("admitted_on") else Stage.INTRODUCED,
        **dates,
    )


class UnionTree:
    """
    confederation → province (Bắc Kạn) → upper union (city) → transport grassroots union
    → two branches; and a second province with one grassroots union.
    """

    def __init__(self):
        self.confederation = found(None, "Tổng Liên đoàn Lao động Việt Nam", Level.CONFEDERATION)
        self.province = found(self.confederation, "Liên đoàn Lao động tỉnh Bắc Kạn", Level.PROVINCE)
        self.other_province = found(self.confederation, "Liên đoàn Lao động tỉnh Thái Nguyên", Level.PROVINCE)
        self.upper = found(self.province, "Công đoàn Viên chức tỉnh", Level.UPPER)
        self.transport = found(
            self.upper, "Công đoàn cơ sở Sở Giao thông vận tải", Level.GRASSROOTS, decision=decision()
        )
        self.office = found(self.transport, "Công đoàn bộ phận Văn phòng Sở", Level.BRANCH)
        self.inspectorate = found(self.transport, "Công đoàn bộ phận Thanh tra Sở", Level.BRANCH)
        self.school = found(self.upper, "Công đoàn cơ sở Trường THPT Bắc Kạn", Level.GRASSROOTS)
        self.factory = found(self.other_province, "Công đoàn cơ sở Công ty Gang thép", Level.GRASSROOTS)


def role_users(unions):
    """
    One user per role of the access tests, keyed by role (``None``: not signed in):
    an official of the other province (outsider), an official of the province, the
    transport union's chair (official) and viewer, and a member-data clerk of its
    office branch. Each user's first name is their username.
    """
    from congdoan.accounts.models import User
    from congdoan.accounts.roles import UnionRole

    def user(username, organisation, role):
        return User.objects.create_user(
            username, password="x", organisation=organisation, union_role=role, first_name=username
        )

    return {
        "anonymous": None,
        "outsider": user("outsider", unions.other_province, UnionRole.OFFICIAL),
        "province_official": user("province", unions.province, UnionRole.OFFICIAL),
        "chair": user("chair", unions.transport, UnionRole.OFFICIAL),
        "branch_clerk": user("clerk", unions.office, UnionRole.CLERK),
        "viewer": user("viewer", unions.transport, UnionRole.VIEWER),
    }


def opened_version(client, url, **params):
    """
    The version token of the edit form at ``url`` as it opens now (see
    backoffice.concurrency): what a browser sends back with the form.
    """
    response = client.get(url, params)
    assert response.status_code == 200, response.status_code
    return response.context["form"]["version"].value()
