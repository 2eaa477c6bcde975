"""A meeting and what happens at it. A partner is invited per agenda item and sees only the
items it is invited to (casework/meetings/permissions.py); every participant confirms the
confidentiality statement once per meeting before any item's content is shown."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from casework.models.cases import Case
from partners.models import Organisation, User


class MeetingKind(models.TextChoices):
    SCREENING = "screening", _("Screening")
    CASE_MEETING = "casusoverleg", _("Casusoverleg")
    VIERHOEK = "vierhoekoverleg", _("Vierhoekoverleg")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("maandag")
    TUESDAY = 1, _("dinsdag")
    WEDNESDAY = 2, _("woensdag")
    THURSDAY = 3, _("donderdag")
    FRIDAY = 4, _("vrijdag")


class MeetingSeries(models.Model):
    """A recurring meeting ("every Tuesday at 09:30"); its meetings are made when it is made,
    each of them afterwards a meeting of its own (an agenda, a place of its own)."""

    kind = models.CharField(_("soort"), max_length=20, choices=MeetingKind)
    title = models.CharField(_("titel"), max_length=200)
    organiser = models.ForeignKey(
        Organisation,
        verbose_name=_("organiserende partner"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    weekday = models.PositiveSmallIntegerField(_("weekdag"), choices=Weekday)
    starts_at = models.TimeField(_("begintijd"))
    minutes = models.PositiveSmallIntegerField(_("duur in minuten"), default=90)
    first_on = models.DateField(_("vanaf"))
    until = models.DateField(_("tot en met"))
    created_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("reeks overleggen")
        verbose_name_plural = _("reeksen overleggen")

    def __str__(self) -> str:
        return self.title


class Meeting(models.Model):
    kind = models.CharField(_("soort"), max_length=20, choices=MeetingKind)
    title = models.CharField(_("titel"), max_length=200)
    organiser = models.ForeignKey(
        Organisation,
        verbose_name=_("organiserende partner"),
        on_delete=models.PROTECT,
        related_name="organised_meetings",
        help_text=_("Het Zorg- en Veiligheidshuis dat het overleg voert."),
    )
    series = models.ForeignKey(
        MeetingSeries,
        verbose_name=_("reeks"),
        on_delete=models.SET_NULL,
        related_name="meetings",
        null=True,
        blank=True,
    )
    starts_at = models.DateTimeField(_("begint om"))
    ends_at = models.DateTimeField(_("eindigt om"))
    place = models.CharField(_("plaats"), max_length=200, blank=True)
    online_link = models.URLField(_("link voor online deelname"), blank=True)
    chair = models.ForeignKey(
        User, verbose_name=_("voorzitter"), on_delete=models.PROTECT, related_name="+"
    )
    minute_taker = models.ForeignKey(
        User,
        verbose_name=_("notulist"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    invited: "models.ManyToManyField[Organisation, Invitation]" = models.ManyToManyField(
        Organisation,
        verbose_name=_("uitgenodigde partners"),
        related_name="meeting_invitations",
        blank=True,
        through="Invitation",
    )
    created_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    # When the chair and minute-taker were sent the invitation (casework/meetings/tasks.py).
    staff_mailed_at = models.DateTimeField(null=True, blank=True)
    # Set when the chair confirms the minutes: from then on nothing of the meeting changes.
    minutes_confirmed_at = models.DateTimeField(_("notulen vastgesteld op"), null=True, blank=True)
    version = models.PositiveIntegerField(_("versie"), default=1)

    class Meta:
        verbose_name = _("overleg")
        verbose_name_plural = _("overleggen")
        ordering = ["starts_at", "id"]
        indexes = [models.Index(fields=["organiser", "starts_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="meetings_meeting_ends_after",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({timezone.localtime(self.starts_at):%d-%m-%Y %H:%M})"

    @property
    def confirmed(self) -> bool:
        return self.minutes_confirmed_at is not None


class Invitation(models.Model):
    """A partner invited to a meeting; the invitation is e-mailed (a link and an .ics, never
    case content) by the beat task once the meeting is near."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="invitations")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    invited_at = models.DateTimeField(default=timezone.now)
    mailed_at = models.DateTimeField(null=True, blank=True)
    # Invited for an agenda item (withdrawn when on no item any more), not when planning.
    by_item = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("uitnodiging")
        verbose_name_plural = _("uitnodigingen")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "organisation"], name="meetings_invited_once"
            )
        ]
        indexes = [
            models.Index(
                fields=["mailed_at"],
                condition=models.Q(mailed_at=None),
                name="meetings_invitation_to_mail",
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} @ {self.meeting_id}"


class ScreeningOutcome(models.TextChoices):
    IN_PROGRESS = "in_behandeling", _("In behandeling nemen")
    NOT_FOR_ZVH = "niet_voor_zvh", _("Niet voor ZVH, advies gegeven")


class AgendaItem(models.Model):
    """A case on the agenda, with the partners invited for it and the notes taken on it in
    the BOB structure (beeldvorming, oordeelsvorming, besluitvorming)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="items")
    case = models.ForeignKey(
        Case, verbose_name=_("casus"), on_delete=models.PROTECT, related_name="agenda_items"
    )
    position = models.PositiveSmallIntegerField(_("volgorde"))
    invited = models.ManyToManyField(
        Organisation,
        verbose_name=_("uitgenodigde partners"),
        related_name="agenda_invitations",
    )
    picture = models.TextField(_("beeldvorming"), blank=True)
    judgement = models.TextField(_("oordeelsvorming"), blank=True)
    decision_making = models.TextField(_("besluitvorming"), blank=True)
    screening_outcome = models.CharField(
        _("uitkomst van de screening"), max_length=20, choices=ScreeningOutcome, blank=True
    )
    # The timer: when the item was opened in the meeting mode, and the seconds spent before.
    started_at = models.DateTimeField(null=True, blank=True)
    seconds_spent = models.PositiveIntegerField(default=0)
    version = models.PositiveIntegerField(_("versie"), default=1)

    class Meta:
        verbose_name = _("agendapunt")
        verbose_name_plural = _("agendapunten")
        ordering = ["position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "case"], name="meetings_agenda_case_once"),
        ]

    def __str__(self) -> str:
        return f"{self.position}. {self.case_id}"


class ConfidentialityStatement(models.Model):
    """A participant's confirmation, once per meeting, that what is shared stays within it."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="statements")
    user = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    confirmed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("geheimhoudingsverklaring")
        verbose_name_plural = _("geheimhoudingsverklaringen")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "user"], name="meetings_statement_once")
        ]

    def __str__(self) -> str:
        return f"{self.user_id} @ {self.meeting_id}"


class ItemInput(models.Model):
    """What a partner knows about the case of an item, added before the meeting."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="inputs")
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="+")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    author = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    text = models.TextField(_("informatie-inbreng"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("informatie-inbreng")
        verbose_name_plural = _("informatie-inbreng")
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.organisation_id} @ {self.item_id}"


class DecisionKind(models.TextChoices):
    DECISION = "besluit", _("Besluit")
    SCREENING = "screening", _("Uitkomst van de screening")
    PLAN_ADOPTED = "plan_vastgesteld", _("Plan van aanpak vastgesteld")
    ESCALATED = "opgeschaald", _("Opgeschaald naar het vierhoekoverleg")


class Decision(models.Model):
    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="decisions")
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(
        _("soort"), max_length=20, choices=DecisionKind, default=DecisionKind.DECISION
    )
    text = models.TextField(_("besluit"))
    # For an adopted plan: the version and its hash, so the decision is bound to what was read.
    plan_version = models.ForeignKey(
        "casework.PlanVersion",
        verbose_name=_("versie van het plan"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    recorded_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("besluit")
        verbose_name_plural = _("besluiten")
        ordering = ["recorded_at", "id"]

    def __str__(self) -> str:
        return self.text[:60]


class ActionStatus(models.TextChoices):
    OPEN = "open", _("Open")
    CLOSED = "afgerond", _("Afgerond")


class MeetingAction(models.Model):
    """An action agreed on an agenda item: who (partner and person) does what by when."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="actions")
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="meeting_actions")
    what = models.TextField(_("actie"))
    owner = models.ForeignKey(
        Organisation,
        verbose_name=_("eigenaar (partner)"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    owner_person = models.ForeignKey(
        User,
        verbose_name=_("eigenaar (persoon)"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
    )
    deadline = models.DateField(_("uiterlijk op"))
    status = models.CharField(
        _("status"), max_length=10, choices=ActionStatus, default=ActionStatus.OPEN
    )
    result = models.TextField(_("resultaat"), blank=True)
    closed_at = models.DateTimeField(_("afgerond op"), null=True, blank=True)
    closed_by = models.ForeignKey(
        User, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    created_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    # What the beat task has sent, so it sends each once.
    reminded_at = models.DateTimeField(null=True, blank=True)
    overdue_signalled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("actie")
        verbose_name_plural = _("acties")
        ordering = ["deadline", "id"]
        indexes = [
            models.Index(fields=["status", "deadline"]),
            models.Index(fields=["owner_person", "status"]),
            models.Index(fields=["owner", "status"]),
        ]

    def __str__(self) -> str:
        return self.what[:60]


class Attendance(models.Model):
    """Whether an invited partner was at the meeting, and who came for it."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="attendance")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+")
    present = models.BooleanField(_("aanwezig"), default=False)
    represented_by = models.CharField(_("aanwezig namens de partner"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("aanwezigheid")
        verbose_name_plural = _("aanwezigheid")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "organisation"], name="meetings_attendance_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation_id} @ {self.meeting_id}"


class Minutes(models.Model):
    """The confirmed minutes: a snapshot of everything the minutes show, with its SHA-256.
    Made once, when the chair confirms them; never changed (the model refuses, and so does a
    database trigger)."""

    meeting = models.OneToOneField(Meeting, on_delete=models.PROTECT, related_name="minutes")
    snapshot = models.JSONField()
    sha256 = models.CharField(max_length=64)
    confirmed_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    confirmed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("notulen")
        verbose_name_plural = _("notulen")

    def __str__(self) -> str:
        return f"Notulen {self.meeting_id}"

    def save(self, *args: object, **kwargs: object) -> None:
        if not self._state.adding:
            raise ValueError("Confirmed minutes are never changed.")
        super().save(*args, **kwargs)  # type: ignore[arg-type]
