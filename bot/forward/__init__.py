"""Forwarding tips to the charity's own systems: signed webhooks and email, never with the
reporter's identity (docs/forwarding.md).

events.py builds the versioned events (the export's fields, nothing that leads to a reporter);
emit.py queues them in the transaction that caused them (hooks.py wires it into the turn and the
desk); queue.py is the forwarding outbox with its leases, dead letters and operators' queries;
deliver.py drains it to each destination: webhook.py (signed by signing.py) and email (mail.py
renders, defuse.py makes links unclickable, smtp.py sends).
"""

# The public surface is these modules, each small and of one purpose: callers import the one they use.
__all__ = [
    "defuse",
    "deliver",
    "emit",
    "events",
    "hooks",
    "mail",
    "queue",
    "signing",
    "smtp",
    "webhook",
]
