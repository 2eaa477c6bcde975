"""The e-mails of meetings, sent by the beat task in casework/meetings/tasks.py: invitations
(with an .ics), reminders before an action's deadline and the overdue signal to the
procesregisseur. Each holds a link and a date, never case content: the case is read in
Vierhoek, through the policy."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from casework.meetings.ics import invitation
from casework.meetings.models import Meeting, MeetingAction


def _link(name: str, **kwargs: int) -> str:
    return settings.SITE_URL + reverse(name, kwargs=kwargs)


def _send(subject: str, lines: list[str], to: list[str], attachment: bytes | None = None) -> None:
    message = EmailMessage(
        subject=subject,
        body="\n\n".join([*lines, _("Dit bericht is automatisch verstuurd door Vierhoek.")]),
        to=to,
    )
    if attachment is not None:
        message.attach("uitnodiging.ics", attachment, "text/calendar")
    message.send()


def invitation_mail(meeting: Meeting, to: list[str]) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        link = _link("casework:meeting", pk=meeting.pk)
        when = date_format(timezone.localtime(meeting.starts_at), "l j F Y, H:i")
        _send(
            _("Uitnodiging: %(kind)s op %(when)s")
            % {"kind": meeting.get_kind_display(), "when": when},
            [
                _("U bent uitgenodigd voor een overleg van %(organiser)s op %(when)s.")
                % {"organiser": meeting.organiser, "when": when},
                _(
                    "De agenda en de stukken staan in Vierhoek, achter de "
                    "geheimhoudingsverklaring: %(link)s"
                )
                % {"link": link},
            ],
            to,
            invitation(meeting, link),
        )


def reminder_mail(action: MeetingAction, to: list[str]) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        _send(
            _("Herinnering: een actie uit een overleg verloopt op %(date)s")
            % {"date": date_format(action.deadline, "j F Y")},
            [
                _(
                    "Een actie die in een overleg aan u is gegeven, moet uiterlijk %(date)s "
                    "klaar zijn."
                )
                % {"date": date_format(action.deadline, "j F Y")},
                _("Bekijk en rond de actie af in Vierhoek: %(link)s")
                % {"link": _link("casework:action_close", action_pk=action.pk)},
            ],
            to,
        )


def overdue_mail(action: MeetingAction, to: list[str]) -> None:
    with translation.override(settings.LANGUAGE_CODE):
        _send(
            _("Signaal: een actie uit een overleg is over de uiterste datum"),
            [
                _("Een actie uit een overleg was uiterlijk %(date)s klaar en is nog niet afgerond.")
                % {"date": date_format(action.deadline, "j F Y")},
                _("Bekijk het overleg in Vierhoek: %(link)s")
                % {"link": _link("casework:meeting", pk=action.item.meeting_id)},
            ],
            to,
        )
