"""Optimistic locking: an edit is saved only on the version its user read."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils import timezone


class Conflict(ValidationError):
    """Someone else changed the object since the user read it; nothing was saved (409)."""

    def __init__(self, message: Any) -> None:
        super().__init__(message, code="conflict")


def bump_version(obj: models.Model, version: int, *, conflict: Conflict, **changes: Any) -> None:
    """Saves `changes` and raises the version, in one UPDATE guarded by the version read.

    The client's version must also be the version of the object the service checked, so that a
    check made on stale data (such as the allowed next steps) cannot slip through. Raises
    `conflict` when someone else changed the object in between; nothing is saved then."""
    if version != obj.version:  # type: ignore[attr-defined]
        raise conflict
    if any(field.name == "changed_at" for field in obj._meta.concrete_fields):
        changes.setdefault("changed_at", timezone.now())
    updated = (
        type(obj)
        ._default_manager.filter(pk=obj.pk, version=version)
        .update(version=F("version") + 1, **changes)
    )
    if updated != 1:
        raise conflict
    for field, value in changes.items():
        setattr(obj, field, value)
    obj.version = version + 1  # type: ignore[attr-defined]
