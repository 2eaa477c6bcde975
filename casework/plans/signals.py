"""What the plans tell the apps above them, without knowing them."""

from django.dispatch import Signal

# Sent by `plan_submit` inside its transaction, with `version`: the new PlanVersion. The
# review voids the decisions asked on an earlier version.
version_submitted = Signal()
