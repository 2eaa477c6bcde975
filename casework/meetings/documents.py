"""The minutes' documents for the job machinery: the whole minutes, or one partner's extract
with only its items, rendered from the confirmed snapshot and read through the read side on
behalf of whoever asked (the items shown logged as a PDF read of their cases)."""

import datetime
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from casework.meetings.selectors import (
    FULL_MINUTES,
    MINUTES_KIND,
    extract_of,
    minutes_for_document,
    minutes_items_read,
)
from documents.models import DocumentJob
from documents.registry import Refused, Rendered, register
from partners.models import ReadPath
from partners.reading import Reader

PURPOSE = "Notulen als PDF"


def _shown(item: dict[str, Any]) -> dict[str, Any]:
    """An item of the snapshot with its dates as dates, for the template's Dutch notation."""
    actions = [
        {**action, "deadline": datetime.date.fromisoformat(action["deadline"])}
        for action in item["actions"]
    ]
    return {**item, "actions": actions}


def render_minutes(job: DocumentJob) -> Rendered:
    reader = Reader(job.requested_by, ReadPath.PDF, purpose=PURPOSE, path=f"/documenten/{job.pk}/")
    with reader:
        minutes = minutes_for_document(reader, job.subject_id, job.variant)
        if minutes is None:
            raise Refused(_("De notulen bestaan niet, of de aanvrager mag dit deel niet lezen."))
        snapshot = extract_of(minutes.snapshot, job.variant)
        minutes_items_read(reader, snapshot)
    extract = ""
    if job.variant != FULL_MINUTES:
        names = {row["organisation"]: row["name"] for row in snapshot["attendance"]}
        extract = names.get(snapshot["extract_for"], "")
    meeting = snapshot["meeting"]
    with translation.override(settings.LANGUAGE_CODE):
        title = (
            _("Uittreksel van de notulen, %(title)s, voor %(partner)s")
            % {"title": meeting["title"], "partner": extract}
            if extract
            else _("Notulen, %(title)s") % {"title": meeting["title"]}
        )
        html = render_to_string(
            "casework/pdf/minutes.html",
            {
                "title": title,
                "m": meeting,
                "starts_at": datetime.datetime.fromisoformat(meeting["starts_at"]),
                "ends_at": datetime.datetime.fromisoformat(meeting["ends_at"]),
                "minutes": minutes,
                "attendance": snapshot["attendance"],
                "items": [_shown(item) for item in snapshot["items"]],
                "extract": extract,
            },
        )
    return Rendered(html=html, title=title)


register(MINUTES_KIND, render_minutes)
