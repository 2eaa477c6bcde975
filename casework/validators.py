import datetime
import unicodedata

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def bsn_is_valid(value: str) -> bool:
    """The elfproef for a burgerservicenummer: nine digits, weighted 9..2 and -1, sum
    divisible by 11 (and not all zeros)."""
    if len(value) != 9 or not (value.isascii() and value.isdigit()) or value == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(digit) * weight for digit, weight in zip(value, weights, strict=True)) % 11 == 0


def validate_bsn(value: str) -> None:
    if not value:
        return
    if len(value) != 9 or not (value.isascii() and value.isdigit()):
        raise ValidationError(_("Een BSN bestaat uit negen cijfers."), code="bsn_format")
    if not bsn_is_valid(value):
        raise ValidationError(
            _("Dit BSN klopt niet (de elfproef faalt). Controleer de cijfers."), code="bsn_check"
        )


def ascii_digits(value: str) -> str:
    """Any decimal digits (full-width, Arabic-Indic, …) as ASCII digits, so that a BSN typed
    on another keyboard is checked and found like any other; other characters are kept."""
    return "".join(
        str(unicodedata.digit(char)) if char.isdecimal() and not char.isascii() else char
        for char in value
    )


# No event of a case in Vierhoek lies before this day (the Zorg- en Veiligheidshuizen and the
# integral approach are younger); a person is not born before the other one.
EARLIEST_EVENT = datetime.date(2000, 1, 1)
EARLIEST_BIRTH = datetime.date(1900, 1, 1)
# How far ahead an intervention may be planned.
PLANNING_HORIZON_YEARS = 10


def _day(value: datetime.date) -> str:
    return value.strftime("%d-%m-%Y")


def validate_past_event(value: datetime.date | None) -> None:
    """A day something happened on a case: not before 2000, not in the future."""
    if value is None:
        return
    if value < EARLIEST_EVENT:
        raise ValidationError(
            _("Deze datum ligt vóór %(day)s; controleer het jaartal.")
            % {"day": _day(EARLIEST_EVENT)},
            code="date_too_early",
        )
    if value > timezone.localdate():
        raise ValidationError(_("Deze datum ligt in de toekomst."), code="date_in_future")


def validate_period_date(value: datetime.date | None) -> None:
    """A day of a relation or a planned intervention: from 1900 (a relation may be old), at
    most ten years ahead."""
    if value is None:
        return
    if value < EARLIEST_BIRTH:
        raise ValidationError(
            _("Deze datum ligt vóór %(day)s; controleer het jaartal.")
            % {"day": _day(EARLIEST_BIRTH)},
            code="date_too_early",
        )
    today = timezone.localdate()
    if value > today.replace(year=today.year + PLANNING_HORIZON_YEARS, day=min(today.day, 28)):
        raise ValidationError(
            _("Deze datum ligt meer dan %(years)s jaar vooruit; controleer het jaartal.")
            % {"years": PLANNING_HORIZON_YEARS},
            code="date_too_late",
        )


# How much older a parent is at the least, and a grandparent; how old a partner is at the least.
MIN_PARENT_GAP_YEARS = 12
MIN_GRANDPARENT_GAP_YEARS = 2 * MIN_PARENT_GAP_YEARS
MIN_PARTNER_AGE_YEARS = 16


def _years_between(older: datetime.date, younger: datetime.date) -> int:
    years = younger.year - older.year
    return years - ((younger.month, younger.day) < (older.month, older.day))


def relation_implausible(
    kind: str,
    from_birth: datetime.date | None,
    to_birth: datetime.date | None,
    on: datetime.date | None = None,
) -> str:
    """Why "<from> is <kind> of <to>" cannot be, from the birth dates, or "" when it can (or
    when a birth date is unknown: the caller then warns instead)."""
    if from_birth is None or to_birth is None:
        return ""
    if kind == "ouder" and _years_between(from_birth, to_birth) < MIN_PARENT_GAP_YEARS:
        return str(
            _(
                "Een ouder is minstens %(years)s jaar ouder dan het kind; controleer de "
                "geboortedata."
            )
            % {"years": MIN_PARENT_GAP_YEARS}
        )
    if kind == "grootouder" and _years_between(from_birth, to_birth) < MIN_GRANDPARENT_GAP_YEARS:
        return str(
            _(
                "Een grootouder is minstens %(years)s jaar ouder dan het kleinkind; controleer "
                "de geboortedata."
            )
            % {"years": MIN_GRANDPARENT_GAP_YEARS}
        )
    if kind in ("partner", "ex_partner"):
        day = on or timezone.localdate()
        if (
            min(_years_between(from_birth, day), _years_between(to_birth, day))
            < MIN_PARTNER_AGE_YEARS
        ):
            return str(
                _("Partners zijn allebei minstens %(years)s jaar oud; controleer de geboortedata.")
                % {"years": MIN_PARTNER_AGE_YEARS}
            )
    return ""


def relation_unchecked(
    kind: str, from_birth: datetime.date | None, to_birth: datetime.date | None
) -> str:
    """A warning when a relation whose ages matter could not be checked (a birth date is
    unknown): it is saved, and the user told."""
    if kind in ("ouder", "grootouder", "partner", "ex_partner") and None in (from_birth, to_birth):
        return str(
            _(
                "Een geboortedatum is onbekend, dus de leeftijden bij deze relatie zijn niet "
                "gecontroleerd."
            )
        )
    return ""
