"""A submitted version read by someone who may not see the network (a vierhoek member) is
handed out pseudonymised, whatever path reads it: page, API, comparison or document."""

from collections.abc import Sequence

from django.db import models

from casework.plans.models import PlanVersion
from casework.plans.snapshot import pseudonymised
from casework.redaction import networks_hidden
from partners.policy import Action
from partners.reading import Reader, mark_redacted, redactor


@redactor
def pseudonymise_versions(reader: Reader, batch: Sequence[tuple[models.Model, int]]) -> None:
    versions = [(obj, case_id) for obj, case_id in batch if isinstance(obj, PlanVersion)]
    if not versions:
        return
    hidden = networks_hidden(reader, {case_id for _obj, case_id in versions})
    for version, case_id in versions:
        if not isinstance(version, PlanVersion):  # for the type checker; filtered above
            continue
        if case_id in hidden and not reader.can(Action.VIEW_NETWORK, version):
            # A deferred snapshot would load later unredacted: it is emptied instead.
            loaded = "snapshot" in version.__dict__
            version.snapshot = pseudonymised(version.snapshot) if loaded else {}
            mark_redacted(version)
