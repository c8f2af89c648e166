"""Publishing calendars to a CalDAV server (Nextcloud, Radicale, ...) the members subscribe to.

A publish reconciles: after it, the server's calendar holds exactly the cut — new events
created, changed ones replaced, cancelled ones sent as STATUS:CANCELLED, and events we put
there that left the cut deleted. Only events carrying our mark are ever removed.
"""

from __future__ import annotations

from .passwords import KEYRING_SERVICE, keyring_available, remember_password, stored_password
from .plan import PlannedChange, PublishPlan, plan_publish
from .sending import PublishReport, apply_plan, publish
from .server import PublishError

__all__ = ["KEYRING_SERVICE", "PlannedChange", "PublishError", "PublishPlan", "PublishReport",
           "apply_plan", "keyring_available", "plan_publish", "publish", "remember_password",
           "stored_password"]
