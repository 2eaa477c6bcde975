"""The review's e-mails (sent by casework/review/services.py): a link and a date, never the
plan, the case or a name of the network. The plan is read in Vierhoek, through the policy."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from casework.review.models import Submission


def _link(submission: Submission) -> str:
    return settings.SITE_URL + reverse("casework:submission", kwargs={"pk": submission.pk})


def _send(subject: str, lines: list[str], to: list[str]) -> bool:
    if not to:
        return False
    EmailMessage(
        subject=subject,
        body="\n\n".join([*lines, _("Dit bericht is automatisch verstuurd door Vierhoek.")]),
        to=to,
    ).send()
    return True


def awaiting_mail(submission: Submission, to: list[str]) -> bool:
    with translation.override(settings.LANGUAGE_CODE):
        deadline = date_format(submission.deadline, "j F Y")
        return _send(
            _("Ter beoordeling: een plan van aanpak, besluit uiterlijk %(date)s")
            % {"date": deadline},
            [
                _(
                    "Een plan van aanpak ligt voor bij %(vierhoek)s. U wordt gevraagd uiterlijk "
                    "%(date)s te besluiten en de inzet van uw organisatie vast te leggen."
                )
                % {"vierhoek": submission.vierhoek, "date": deadline},
                _("Lees het plan en besluit in Vierhoek: %(link)s") % {"link": _link(submission)},
            ],
            to,
        )


def reminder_mail(submission: Submission, to: list[str]) -> bool:
    with translation.override(settings.LANGUAGE_CODE):
        deadline = date_format(submission.deadline, "j F Y")
        return _send(
            _("Herinnering: besluit over een plan van aanpak uiterlijk %(date)s")
            % {"date": deadline},
            [
                _(
                    "Over een plan van aanpak dat voorligt bij %(vierhoek)s heeft uw zetel nog "
                    "niet besloten. De uiterste datum is %(date)s."
                )
                % {"vierhoek": submission.vierhoek, "date": deadline},
                _("Besluit in Vierhoek: %(link)s") % {"link": _link(submission)},
            ],
            to,
        )


def escalation_mail(submission: Submission, to: list[str]) -> bool:
    with translation.override(settings.LANGUAGE_CODE):
        return _send(
            _("Signaal: de uiterste datum voor een besluit van de gezagsvierhoek is verstreken"),
            [
                _(
                    "Over een plan van aanpak dat voorligt bij %(vierhoek)s is uiterlijk %(date)s "
                    "niet door elke zetel besloten. U bent voorzitter van het vierhoekoverleg "
                    "waarop het voorligt."
                )
                % {
                    "vierhoek": submission.vierhoek,
                    "date": date_format(submission.deadline, "j F Y"),
                },
                _("Bekijk wie nog moet besluiten: %(link)s") % {"link": _link(submission)},
            ],
            to,
        )


def outcome_mail(submission: Submission, to: list[str]) -> bool:
    with translation.override(settings.LANGUAGE_CODE):
        return _send(
            _("Uitkomst gezagsvierhoek: %(status)s") % {"status": submission.get_status_display()},
            [
                _(
                    "De gezagsvierhoek heeft besloten over een plan van aanpak dat u voorlegde "
                    "of regisseert: %(status)s."
                )
                % {"status": submission.get_status_display().lower()},
                _("Bekijk de besluiten en opmerkingen in Vierhoek: %(link)s")
                % {"link": _link(submission)},
            ],
            to,
        )
