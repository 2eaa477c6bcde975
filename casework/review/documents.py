"""The besluitenlijst of a vierhoekoverleg for the job machinery: per plan version put before
the vierhoek on that meeting, its SHA-256, the members' decisions and commitments.

One file serves every reader who may read every plan on it, so its free text is pseudonymised
for all of them (a case worker asking for it reads it as a member would). A new decision makes
a new list: the variant is a fingerprint of what the list holds."""

from typing import Any, cast

from django.conf import settings
from django.http import Http404
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from casework.meetings.models import Meeting
from casework.redaction import networks, pseudonymise
from casework.review.models import Submission
from casework.review.selectors import DECISION_LIST as KIND
from casework.review.selectors import fingerprint, listed_for, seat_rows
from documents.models import DocumentJob
from documents.registry import Refused, Rendered, register
from documents.services import document_request
from partners.models import ReadPath, User
from partners.reading import Reader

PURPOSE = "Besluitenlijst van de gezagsvierhoek als PDF"


def decision_list_request(reader: Reader, meeting: Meeting) -> DocumentJob:
    listed_for(reader, meeting)
    return document_request(
        kind=KIND,
        subject_id=meeting.pk,
        variant=fingerprint(meeting),
        user=cast(User, reader.user),
    )


def _entry(reader: Reader, item: Submission) -> dict[str, Any]:
    names = networks(reader, {item.case_id})[item.case_id]

    def clean(text: str) -> str:
        return pseudonymise(text, names)

    seats = []
    for row in seat_rows(item):
        seats.append(
            {
                "role": row.role.label,
                "member": row.member,
                "deputy": row.deputy,
                "standing": row.standing.get_verdict_display() if row.standing else "",
                "decisions": [
                    {
                        "verdict": d.get_verdict_display(),
                        "by": str(d.decided_by),
                        "as_deputy": d.as_deputy,
                        "at": timezone.localtime(d.decided_at),
                        "text": clean(d.text),
                        "commitment": clean(d.commitment),
                        "with": clean(d.commitment_with),
                        "commitment_by": d.commitment_by,
                        "version": d.plan_version.number,
                        "sha256": d.sha256,
                        "instruments": [
                            f"{i.case_intervention.intervention.name}: {i.get_choice_display()}"
                            for i in d.instruments.all()
                        ],
                    }
                    for d in row.history
                ],
            }
        )
    return {
        "number": item.case.number,
        "municipality": str(item.case.municipality),
        "version": item.plan_version.number,
        "sha256": item.sha256,
        "variant": item.get_variant_display(),
        "status": item.get_status_display(),
        "deadline": item.deadline,
        "vierhoek": str(item.vierhoek),
        "seats": seats,
    }


def render_decision_list(job: DocumentJob) -> Rendered:
    reader = Reader(job.requested_by, ReadPath.PDF, purpose=PURPOSE, path=f"/documenten/{job.pk}/")
    meeting = Meeting.objects.select_related("organiser", "chair").filter(pk=job.subject_id).first()
    if meeting is None:
        raise Refused(_("Het overleg bestaat niet meer."))
    if fingerprint(meeting) != job.variant:
        raise Refused(_("De besluitenlijst is intussen gewijzigd; vraag hem opnieuw aan."))
    with reader:
        try:
            listed = listed_for(reader, meeting)
        except Http404:
            raise Refused(_("De aanvrager mag niet elk plan op dit overleg lezen.")) from None
        entries = [_entry(reader, item) for item in listed]
    with translation.override(settings.LANGUAGE_CODE):
        title = _("Besluitenlijst, %(title)s") % {"title": meeting.title}
        html = render_to_string(
            "casework/pdf/decision_list.html",
            {
                "title": title,
                "meeting": meeting,
                "starts_at": timezone.localtime(meeting.starts_at),
                "entries": entries,
                "made_at": timezone.localtime(),
            },
        )
    return Rendered(html=html, title=title)


register(KIND, render_decision_list)
