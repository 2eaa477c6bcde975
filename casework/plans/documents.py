"""The plan's documents for the job machinery: a version rendered to HTML from its snapshot,
read through the read side on behalf of whoever asked for it (logged as a PDF read)."""

import base64

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from casework.plans.models import PlanVersion
from casework.plans.presentation import PlanView
from casework.plans.selectors import version_for_document
from casework.plans.services import FULL, KIND, PSEUDONYMISED
from casework.plans.snapshot import pseudonymised
from documents.models import DocumentJob
from documents.registry import Refused, Rendered, register
from partners.models import ReadPath
from partners.policy import Action
from partners.reading import Reader

PURPOSE = "Plan van aanpak als PDF"
# The four members of the gezagsvierhoek, in the decision block.
DECIDERS = (
    gettext_lazy("Burgemeester"),
    gettext_lazy("Officier van justitie"),
    gettext_lazy("Politiechef"),
    gettext_lazy("Wethouder sociaal domein"),
)


def _data_uri(svg: str) -> str:
    """The drawing as an image address: WeasyPrint draws an SVG image as vector graphics."""
    if not svg:
        return ""
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def plan_html(version: PlanVersion, *, variant: str) -> str:
    """The HTML of a version's PDF in `variant`, from its snapshot alone."""
    snapshot = version.snapshot
    if variant == PSEUDONYMISED and not snapshot.get("pseudonymised"):
        snapshot = pseudonymised(snapshot)
    view = PlanView(snapshot=snapshot, number=version.number, sha256=version.sha256)
    with translation.override(settings.LANGUAGE_CODE):
        return render_to_string(
            "casework/pdf/plan.html",
            {
                "plan": view,
                "version": version,
                "drawing": _data_uri(view.drawing()),
                "variant": variant,
                "deciders": DECIDERS,
            },
        )


def render_plan(job: DocumentJob) -> Rendered:
    action = Action.VIEW_NETWORK if job.variant == FULL else Action.VIEW
    reader = Reader(job.requested_by, ReadPath.PDF, purpose=PURPOSE, path=f"/documenten/{job.pk}/")
    with reader:
        version = version_for_document(reader, job.subject_id, action)
        if version is None:
            raise Refused(_("De versie bestaat niet, of de aanvrager mag deze variant niet lezen."))
        html = plan_html(version, variant=job.variant)
    with translation.override(settings.LANGUAGE_CODE):
        title = _("Plan van aanpak %(number)s, versie %(version)s") % {
            "number": version.case.number,
            "version": version.number,
        }
    return Rendered(html=html, title=title)


register(KIND, render_plan)
