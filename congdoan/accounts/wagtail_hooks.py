from wagtail import hooks

from . import audit


@hooks.register("register_log_actions")
def register_audit_actions(actions):
    for action, label, message in audit.ACTIONS:
        actions.register_action(action, label, message)
