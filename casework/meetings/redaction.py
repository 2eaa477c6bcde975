"""What is said at a meeting is free text like a case's notes: a vierhoek member at a
vierhoekoverleg reads the names of the network in it pseudonymised (casework/redaction.py)."""

from casework.meetings.models import AgendaItem, Decision, ItemInput, MeetingAction
from casework.redaction import free_text

free_text(AgendaItem, "picture", "judgement", "decision_making")
free_text(ItemInput, "text")
free_text(Decision, "text")
free_text(MeetingAction, "what", "result")
