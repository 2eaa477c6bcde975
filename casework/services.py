import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from casework.models import Case, CaseNote, CaseParticipation
from casework.permissions import TAKES_PART
from partners.models import Domain, Municipality, Organisation, User
from partners.policy import Action, grant, require, revoke


@transaction.atomic
def case_create(*, user: User, title: str, municipality: Municipality) -> Case:
    """Creates a case numbered `<year>-<sequence>` within its municipality; the creator's
    organisation takes part from the start. Only roles allowed to create cases may."""
    require(user, Action.CREATE, Case)
    if user.organisation is None:
        raise ValidationError(_("U hoort bij geen organisatie en kunt daarom geen casus maken."))
    # Locks the municipality row so that two cases created at once get different numbers.
    Municipality.objects.select_for_update().get(pk=municipality.pk)
    year = timezone.localdate().year
    prefix = f"{year}-"
    last = Case.objects.filter(municipality=municipality, number__startswith=prefix).aggregate(
        last=Max("number")
    )["last"]
    sequence = int(last.removeprefix(prefix)) + 1 if last else 1
    case = Case.objects.create(
        number=f"{prefix}{sequence:04d}",
        title=title.strip(),
        municipality=municipality,
        created_by=user,
    )
    _join(case=case, organisation=user.organisation, decided_by=user, reason=_("Aanmelder"))
    return case


@transaction.atomic
def partner_join_case(
    *,
    case: Case,
    organisation: Organisation,
    decided_by: User,
    joined_on: datetime.date | None = None,
    reason: str = "",
) -> CaseParticipation:
    """Lets a partner take part in a case: records who decided and when, and grants the
    partner's group access to the case. A partner already taking part is refused."""
    require(decided_by, Action.MANAGE_PARTNERS, case)
    if case.participations.filter(organisation=organisation, left_on__isnull=True).exists():
        raise ValidationError(
            _("%(partner)s neemt al deel aan deze casus.") % {"partner": organisation}
        )
    return _join(
        case=case,
        organisation=organisation,
        decided_by=decided_by,
        joined_on=joined_on,
        reason=reason,
    )


def _join(
    *,
    case: Case,
    organisation: Organisation,
    decided_by: User,
    joined_on: datetime.date | None = None,
    reason: str = "",
) -> CaseParticipation:
    joined_on = joined_on or timezone.localdate()
    if joined_on > timezone.localdate():
        raise ValidationError(_("De datum van aansluiten kan niet in de toekomst liggen."))
    participation = CaseParticipation.objects.create(
        case=case,
        organisation=organisation,
        domain_id=organisation.domain_id,
        joined_on=joined_on,
        joined_decided_by=decided_by,
        join_reason=reason,
    )
    grant(organisation.group, [TAKES_PART], case)
    return participation


@transaction.atomic
def partner_leave_case(
    *,
    participation: CaseParticipation,
    decided_by: User,
    left_on: datetime.date | None = None,
    reason: str = "",
) -> CaseParticipation:
    """Ends a partner's part in a case and revokes its access. The last partner cannot leave:
    a case without partners could be seen by nobody."""
    case = participation.case
    require(decided_by, Action.MANAGE_PARTNERS, case)
    if participation.left_on is not None:
        raise ValidationError(_("Deze partner neemt al niet meer deel."))
    if not case.participations.filter(left_on__isnull=True).exclude(pk=participation.pk).exists():
        raise ValidationError(
            _("De laatste partner kan de casus niet verlaten; sluit de casus af.")
        )
    left_on = left_on or timezone.localdate()
    if left_on < participation.joined_on:
        raise ValidationError(_("De datum van vertrek ligt voor de datum van aansluiten."))
    participation.left_on = left_on
    participation.left_decided_by = decided_by
    participation.leave_reason = reason
    participation.save(update_fields=["left_on", "left_decided_by", "leave_reason"])
    revoke(participation.organisation.group, [TAKES_PART], case)
    return participation


@transaction.atomic
def case_note_create(
    *, case: Case, author: User, text: str, restricted_to: list[Domain] | None = None
) -> CaseNote:
    """Adds a note to a case, optionally limited to domains. Only case workers of a partner
    taking part may write one."""
    require(author, Action.ADD_NOTE, case)
    if author.organisation is None:
        raise ValidationError(_("U hoort bij geen organisatie en kunt daarom niet schrijven."))
    if not text.strip():
        raise ValidationError(_("Een notitie mag niet leeg zijn."))
    note = CaseNote.objects.create(
        case=case,
        author=author,
        author_organisation=author.organisation,
        text=text.strip(),
    )
    if restricted_to:
        note.restricted_to.set(restricted_to)
    return note
