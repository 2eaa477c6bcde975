"""Sending the mails of casework's beat tasks: each due row once, in a transaction of its own.
The mails themselves hold a link and a date, never case content."""

import logging
from collections.abc import Callable, Iterable
from typing import Any

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from partners.models import User

logger = logging.getLogger(__name__)


def emails(users: Iterable[User | None]) -> list[str]:
    """The addresses of the active users among `users`, each once."""
    return sorted({user.email for user in users if user and user.is_active and user.email})


def each_once(queryset: QuerySet[Any], field: str, send: Callable[[Any], bool]) -> int:
    """For each due row, in a transaction of its own: locks it (skipping a row another worker
    holds), sends its mail if it is still due, and records that in `field`. A mail that fails
    (the mail server refuses an address) leaves that row for the next run, and only that row.
    Returns the mails sent."""
    sent = 0
    for pk in list(queryset.filter(**{f"{field}__isnull": True}).values_list("pk", flat=True)):
        try:
            with transaction.atomic():
                row = (
                    queryset.select_for_update(skip_locked=True, of=("self",))
                    .filter(pk=pk, **{f"{field}__isnull": True})
                    .first()
                )
                if row is None:
                    continue
                sent += send(row)
                queryset.model.objects.filter(pk=pk).update(**{field: timezone.now()})
        except OSError:
            logger.exception("Mail for %s %s not sent; tried again next run", field, pk)
    return sent
