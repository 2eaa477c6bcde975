"""A meeting as an iCalendar invitation (RFC 5545): when, where, the link, who chairs. Never
case content: the agenda is read in Vierhoek, behind the confidentiality statement."""

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vCalAddress, vText

from casework.meetings.models import Meeting


def invitation(meeting: Meeting, link: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//Vierhoek//Overleg//NL")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    # Stable per meeting, so a changed invitation replaces the earlier one in the calendar.
    event.add("uid", f"overleg-{meeting.pk}@{settings.ICS_DOMAIN}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", meeting.starts_at)
    event.add("dtend", meeting.ends_at)
    event.add("summary", f"{meeting.get_kind_display()}: {meeting.title}")
    where = meeting.place or meeting.online_link
    if where:
        event.add("location", where)
    lines = [
        _("De agenda en de stukken staan in Vierhoek: %(link)s") % {"link": link},
        _("Bevestig daar de geheimhoudingsverklaring voordat u de casussen inziet."),
    ]
    if meeting.online_link:
        lines.append(_("Online deelnemen: %(link)s") % {"link": meeting.online_link})
    event.add("description", "\n".join(lines))
    event.add("url", link)
    organizer = vCalAddress(f"mailto:{settings.DEFAULT_FROM_EMAIL.rsplit('<', 1)[-1].rstrip('>')}")
    organizer.params["cn"] = vText(str(meeting.organiser))
    event["organizer"] = organizer
    event.add("sequence", meeting.version)
    calendar.add_component(event)
    return calendar.to_ical()
