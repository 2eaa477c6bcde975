"""What the review hands out is redacted as the rest of a case is: its free text with the
network's names pseudonymised for readers without sight of the network, and the plan version a
submission carries pseudonymised for them by the plans' own redactor (a version loaded with the
submission is handed out with it). The full variant reaches a seat holder only as its PDF."""

from collections.abc import Sequence

from django.db import models

from casework.plans.models import PlanVersion
from casework.plans.redaction import pseudonymise_versions
from casework.redaction import free_text
from casework.review.models import MemberDecision, Submission
from partners.reading import Reader, redactor

free_text(Submission, "reason")
free_text(MemberDecision, "text", "commitment", "commitment_with")


@redactor
def load_versions_redacted(reader: Reader, batch: Sequence[tuple[models.Model, int]]) -> None:
    """A submission's version not loaded with it is loaded here, redacted, so that reaching it
    later cannot load it around the read side."""
    missing = [
        obj
        for obj, _case_id in batch
        if isinstance(obj, Submission) and "plan_version" not in obj._state.fields_cache
    ]
    if not missing:
        return
    loaded = PlanVersion.objects.in_bulk([obj.plan_version_id for obj in missing])
    pseudonymise_versions(reader, [(version, version.case_id) for version in loaded.values()])
    for obj in missing:
        obj._state.fields_cache["plan_version"] = loaded[obj.plan_version_id]
