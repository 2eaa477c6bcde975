import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from casework.models import Case, Signal, SignalKind
from partners.models import Domain, Organisation, User
from partners.policy import Action, require


@transaction.atomic
def signal_add(
    *,
    case: Case,
    user: User,
    received_on: datetime.date,
    source: Organisation,
    domain: Domain,
    classification: str,
    description: str,
    kind: str = SignalKind.INCOMING,
    authority: str = "",
    restricted_to: list[Domain] | None = None,
) -> Signal:
    """Records a signal about the network, or that another authority was informed; it can be
    limited to domains. Case workers of a partner taking part may."""
    require(user, Action.CONTRIBUTE, case)
    if not case.participations.filter(organisation=source).exists():
        raise ValidationError({"source": _("De bronpartner moet een partner van deze casus zijn.")})
    signal = Signal(
        case=case,
        kind=kind,
        received_on=received_on,
        source=source,
        domain=domain,
        classification=classification,
        authority=authority if kind == SignalKind.INFORMING else "",
        description=description.strip(),
        added_by=user,
    )
    signal.full_clean()
    signal.save()
    if restricted_to:
        signal.restricted_to.set(restricted_to)
    return signal
