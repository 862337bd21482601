"""
What the apps above ``unions`` do when the tree changes under them.

A merged union's members continue in the union it merges into, and a union that
still has members cannot be dissolved. Members are the ``members`` app's business,
and ``unions`` must not import it, so ``members`` registers functions with these
Wagtail hooks (in its ``wagtail_hooks.py``) and ``unions.services`` calls them:

    @hooks.register(UNION_MERGER_HOOK)
    def move_members(organisation, *, into, decision, on, user):
        ...  # moves them; returns a note for the merger event ("" for none)

    @hooks.register(DISSOLUTION_REFUSAL_HOOK)
    def members_left(organisation):
        ...  # returns why ``organisation`` cannot be dissolved, or None

Both run inside the service's transaction: a refusal (``ValidationError``) in one
leaves the tree and every app's records as they were.
"""

from wagtail import hooks

UNION_MERGER_HOOK = "congdoan_union_merger"
DISSOLUTION_REFUSAL_HOOK = "congdoan_union_dissolution_refusal"


def carry_out_merger(organisation, *, into, decision, on, user):
    """Let every registered app carry its records of ``organisation`` over to ``into``; their notes."""
    notes = (
        function(organisation, into=into, decision=decision, on=on, user=user)
        for function in hooks.get_hooks(UNION_MERGER_HOOK)
    )
    return [note for note in notes if note]


def dissolution_refusals(organisation):
    """Why the registered apps say ``organisation`` cannot be dissolved (empty: it can)."""
    refusals = (function(organisation) for function in hooks.get_hooks(DISSOLUTION_REFUSAL_HOOK))
    return [refusal for refusal in refusals if refusal]
