"""
What the back office's tests share: the runner of the role × view matrix.
(That every back-office URL is behind the gate, and that no view queries a
manager, is one test for all apps: backoffice/tests/test_every_view_is_gated.py.)
"""

from collections.abc import Iterable, Mapping
from typing import Any


def answers_by_role(
    client: Any,
    users: Mapping[str, Any],
    url: str,
    roles: Iterable[str],
    *,
    method: str = "get",
    data: Mapping[str, Any] | None = None,
) -> dict[str, int]:
    """
    The status code each role gets at ``url``, signed in as ``users[role]``
    (a role whose user is None is nobody signed in), in the order of ``roles``.
    """
    answers = {}
    for role in roles:
        client.logout()
        if users[role] is not None:
            client.force_login(users[role])
        response = client.post(url, data or {}) if method == "post" else client.get(url, data)
        answers[role] = response.status_code
    return answers
