"""The one read side of Vierhoek: every read of personal data goes through a `Reader`.

A reader carries who reads (the user), along which path (page, htmx fragment, API, search,
export, PDF, task) and why (the purpose and legal ground written in the access log). Selectors
take a reader and build every queryset of personal data with `reader.visible()`, which

- filters it through the permission policy (`partners.policy`), in the same query;
- hands each object out through the reader when the queryset is evaluated (a page of a list,
  `get()`, a form's choices, a prefetch): the redactors registered by the apps first hide what
  the user may not see (names in free text, for instance), then the reader remembers the object
  with the dossier it belongs to;
- refuses to load related personal data around the policy: a `prefetch_related` of a governed
  model must be `reader.prefetch()`, which filters and hands out the same way.

Objects loaded along with select_related are handed out with the object that loaded them.
What was handed out is written to the access log in one insert when the request ends
(`ReadSideMiddleware`) or when a task's `with reader:` block closes; no view writes the log.

Apps declare which of their models hold personal data with `readable()`, the model that is the
dossier (the case) with `dossier()`, and their redactors with `redactor()`, the way they declare
their rules with `partners.policy.rule`.
"""

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import connection, models
from django.db.models import Prefetch, QuerySet
from django.db.models.query import ModelIterable
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from partners.models import AccessLog, ReadPath, User
from partners.policy import Action, AnyUser, allowed, can, visible

M = TypeVar("M", bound=models.Model)

# --- What the apps declare ------------------------------------------------------------------


@dataclass(frozen=True)
class Readable:
    """A model holding personal data: where its dossier id is, so the log can name the case."""

    model: type[models.Model]
    # The attribute with the dossier's id ("case_id"); None when an object only ever arrives
    # with its dossier known (loaded along with its parent, or read for one dossier).
    scope_attribute: str | None
    # False for parts shown only with an object that is logged itself (a step in a course).
    logged: bool = True


Redactor = Callable[["Reader", Sequence[tuple[models.Model, int]]], None]

_readables: dict[type[models.Model], Readable] = {}
_redactors: list[Redactor] = []
_dossier: dict[str, Any] = {}


def readable(model: type[models.Model], *, scope: str | None, logged: bool = True) -> None:
    """Declares that `model` holds personal data; `scope` names the attribute with its
    dossier's id, or None when its objects are only read for a known dossier. `logged=False`
    for parts that are only ever shown with a logged object (they are still redacted)."""
    _readables[model] = Readable(model, scope, logged)


def dossier(model: type[models.Model], *, labels: Callable[[set[int]], dict[int, str]]) -> None:
    """Declares the dossier model (the case): the scope of every access log row. `labels`
    gives the name-free label of each dossier id, for dossiers not handed out themselves."""
    _readables[model] = Readable(model, "pk")
    _dossier["model"] = model
    _dossier["labels"] = labels


def redactor(function: Redactor) -> Redactor:
    """Registers a function that hides, in place, what the reader's user may not see in a
    batch of handed-out objects (each with its dossier id), before anyone sees them."""
    if function not in _redactors:
        _redactors.append(function)
    return function


def is_readable(model: type[models.Model]) -> bool:
    return model in _readables


def readable_models() -> list[type[models.Model]]:
    return list(_readables)


# --- The reader ------------------------------------------------------------------------------


@dataclass
class _Log:
    """What one request or task handed out, until it is written to the access log."""

    # (model, pk, read path, purpose) -> (label, dossier id), in the order first handed out.
    entries: dict[tuple[type[models.Model], int, str, str], tuple[str, int]] = field(
        default_factory=dict
    )
    dossier_labels: dict[int, str] = field(default_factory=dict)
    # Caches of the redactors (which dossiers' networks the user may see, their names).
    caches: dict[str, dict[Any, Any]] = field(default_factory=dict)


class Reader:
    """Who reads, how and why; every selector of personal data reads through one.

    `via()` and `for_purpose()` give a reader that shares this one's log: a search on a page
    is logged as a search, a check for another reason with that reason.
    """

    def __init__(
        self,
        user: AnyUser,
        read_path: ReadPath,
        *,
        purpose: str = "",
        path: str = "",
        _log: _Log | None = None,
    ) -> None:
        self.user = user
        self.read_path = read_path
        self.purpose = purpose or settings.ACCESS_LOG_PURPOSE
        # The address without its query string: a search term is personal data itself.
        self.path = path.split("?", 1)[0][:500]
        self._log = _log if _log is not None else _Log()

    def __repr__(self) -> str:
        return f"<Reader {self.user} via {self.read_path}>"

    # Variants sharing the log.

    def via(self, read_path: ReadPath) -> "Reader":
        return Reader(self.user, read_path, purpose=self.purpose, path=self.path, _log=self._log)

    def for_purpose(self, purpose: str) -> "Reader":
        return Reader(self.user, self.read_path, purpose=purpose, path=self.path, _log=self._log)

    # The policy, asked for this reader's user.

    def can(self, action: Action, target: models.Model | type[models.Model]) -> bool:
        """The policy's answer; for an object every action is asked at once, and remembered
        for this request or task."""
        if isinstance(target, type):
            return can(self.user, action, target)
        return action in self.allowed(target)

    def allowed(self, obj: models.Model) -> frozenset[Action]:
        cache = self.cache("allowed")
        key = (type(obj), obj.pk)
        if key not in cache:
            cache[key] = allowed(self.user, obj)
        found: frozenset[Action] = cache[key]
        return found

    def knows_allowed(self, obj_type: type[models.Model], pk: int) -> frozenset[Action] | None:
        """What `allowed()` found for the object, if it was asked in this request."""
        found: frozenset[Action] | None = self.cache("allowed").get((obj_type, pk))
        return found

    def visible(
        self, action: Action, queryset: QuerySet[M], *, scope: models.Model | None = None
    ) -> QuerySet[M]:
        """`queryset` filtered by the policy, handing its objects out through this reader.

        `scope` is the dossier the objects belong to, for models that do not say it themselves.
        """
        return self.hand_out(visible(self.user, action, queryset), scope=scope)

    def prefetch(
        self,
        lookup: str,
        queryset: QuerySet[Any],
        *,
        action: Action = Action.VIEW,
        scope: models.Model | None = None,
        to_attr: str | None = None,
    ) -> Prefetch:
        """A Prefetch of related personal data, filtered by the policy and handed out."""
        return Prefetch(
            lookup, queryset=self.visible(action, queryset, scope=scope), to_attr=to_attr
        )

    def hand_out(
        self,
        queryset: QuerySet[M],
        *,
        scope: models.Model | None = None,
        with_joined: bool = True,
    ) -> QuerySet[M]:
        """`queryset` as it is, handing its objects out through this reader.

        Only for reads the policy cannot express because they look beyond the user's cases on
        purpose ("known elsewhere"); everything else uses `visible()`. `with_joined=False`
        hands out only the queryset's own objects, not what select_related loaded with them
        (when those serve the caller, not the user).
        """
        if scope is not None:
            self._remember_dossier(scope)
        clone = queryset.all()
        clone._iterable_class = _iterable(
            self, scope.pk if scope is not None else None, with_joined
        )
        return clone

    def record(self, objects: Sequence[models.Model], *, scope: models.Model | None = None) -> None:
        """Hands out objects already loaded (redacted in place, then remembered for the log)."""
        if scope is not None:
            self._remember_dossier(scope)
        self._hand_out(list(objects), scope.pk if scope is not None else None)

    # The log.

    @property
    def handed_out(self) -> list[tuple[type[models.Model], int, str, str, str, int]]:
        """What was handed out and not yet written: (model, pk, read path, purpose, label,
        dossier id)."""
        return [(*key, *value) for key, value in self._log.entries.items()]

    def cache(self, name: str) -> dict[Any, Any]:
        """A cache for the redactors, shared by every reader of this request or task."""
        return self._log.caches.setdefault(name, {})

    def flush(self) -> int:
        """Writes what was handed out to the access log, in one insert; returns the rows."""
        log = self._log
        if not log.entries or not self.user.is_authenticated:
            log.entries.clear()
            return 0
        missing = {scope for _label, scope in log.entries.values()} - set(log.dossier_labels)
        if missing:
            log.dossier_labels.update(_dossier["labels"](missing))
        rows = [
            (model, pk, read_path, purpose, label, scope)
            for (model, pk, read_path, purpose), (label, scope) in log.entries.items()
        ]
        log.entries.clear()
        _insert(self.user, self.path, rows, log.dossier_labels)
        return len(rows)

    def __enter__(self) -> "Reader":
        return self

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        # A task that failed handed nothing out to anyone.
        if kind is None:
            self.flush()

    # Handing out.

    def _remember_dossier(self, obj: models.Model) -> None:
        if type(obj) is _dossier.get("model"):
            label = getattr(obj, "access_log_label", None)
            if label:
                self._log.dossier_labels[obj.pk] = str(label)[:200]

    def _hand_out(
        self, objects: list[models.Model], scope: int | None, with_joined: bool = True
    ) -> None:
        batch: list[tuple[models.Model, int]] = []
        seen: set[int] = set()
        for obj in objects:
            self._collect(obj, scope, batch, seen, with_joined)
        if not batch:
            return
        for redact in _redactors:
            redact(self, batch)
        for obj, dossier_id in batch:
            self._remember_dossier(obj)
            if not _readables[type(obj)].logged:
                continue
            key = (type(obj), obj.pk, self.read_path.value, self.purpose)
            if key not in self._log.entries:
                self._log.entries[key] = (_label(obj), dossier_id)

    def _collect(
        self,
        obj: models.Model,
        inherited: int | None,
        batch: list[tuple[models.Model, int]],
        seen: set[int],
        with_joined: bool = True,
    ) -> None:
        if id(obj) in seen:
            return
        seen.add(id(obj))
        declared = _readables.get(type(obj))
        scope = inherited
        if declared is not None:
            if declared.scope_attribute is not None:
                scope = getattr(obj, declared.scope_attribute)
            if scope is None:
                raise ImproperlyConfigured(
                    f"{type(obj).__name__} was read without its dossier: give the selector's "
                    "visible() a scope."
                )
            batch.append((obj, scope))
        if not with_joined:
            return
        # Objects loaded along with this one (select_related) are handed out with it.
        for related in obj._state.fields_cache.values():
            if isinstance(related, models.Model):
                self._collect(related, scope, batch, seen)


def _iterable(reader: Reader, scope: int | None, with_joined: bool) -> type[ModelIterable]:
    return type(
        "HandedOut",
        (_HandedOut,),
        {"reader": reader, "scope": scope, "with_joined": with_joined},
    )


class _HandedOut(ModelIterable):
    """The rows of a reader's queryset, handed out through the reader as they are fetched."""

    reader: Reader
    scope: int | None
    with_joined: bool

    def __iter__(self) -> Iterator[Any]:
        _refuse_prefetch_around_policy(self.queryset)
        objects = list(super().__iter__())
        self.reader._hand_out(objects, self.scope, self.with_joined)
        return iter(objects)


def _refuse_prefetch_around_policy(queryset: QuerySet[Any]) -> None:
    """Raises when a prefetch would load personal data without the policy: every governed
    model a lookup reaches must come from a join of this queryset (select_related, handed out
    with its row) or, at the end of the lookup, from a `reader.prefetch()`."""
    for lookup in queryset._prefetch_related_lookups:  # type: ignore[attr-defined]
        if isinstance(lookup, Prefetch):
            path = lookup.prefetch_through
            through_reader = lookup.queryset is not None and issubclass(
                lookup.queryset._iterable_class, _HandedOut
            )
        else:
            path, through_reader = lookup, False
        joined: Any = queryset.query.select_related
        model = queryset.model
        names = path.split("__")
        for position, name in enumerate(names):
            related = model._meta.get_field(name).related_model
            if not isinstance(related, type):
                break
            by_join = isinstance(joined, dict) and name in joined
            joined = joined.get(name, {}) if isinstance(joined, dict) else {}
            last = position == len(names) - 1
            if is_readable(related) and not by_join and not (last and through_reader):
                raise ImproperlyConfigured(
                    f"prefetch_related({path!r}) loads {related.__name__} around the policy; "
                    "use reader.prefetch()."
                )
            model = related


def _label(obj: models.Model) -> str:
    label = getattr(obj, "access_log_label", None) or f"{obj._meta.verbose_name} {obj.pk}"
    return str(label)[:200]


@receiver(pre_save)
def _refuse_saving_redacted(sender: type[models.Model], instance: models.Model, **_: Any) -> None:
    """An object redacted for a reader holds placeholders, not its data: never save it."""
    if getattr(instance, "_vierhoek_redacted", False):
        raise RuntimeError(f"A redacted {sender.__name__} cannot be saved.")


def mark_redacted(obj: models.Model) -> None:
    """Called by redactors on every object they changed (see `_refuse_saving_redacted`)."""
    obj._vierhoek_redacted = True  # type: ignore[attr-defined]


# --- Writing the log ------------------------------------------------------------------------


def _insert(
    user: AnyUser,
    path: str,
    rows: Sequence[tuple[type[models.Model], int, str, str, str, int]],
    dossier_labels: dict[int, str],
) -> None:
    assert isinstance(user, User)  # noqa: S101 -- flush() writes only for signed-in users
    dossier_model = _dossier["model"]
    kinds = ContentType.objects.get_for_models(
        dossier_model, *{row[0] for row in rows}, for_concrete_models=False
    )
    organisation_name = user.organisation.name if user.organisation_id else ""  # type: ignore[union-attr]
    columns = list(
        zip(
            *(
                (
                    kinds[model].pk,
                    pk,
                    label,
                    dossier_labels.get(scope, f"{dossier_model._meta.verbose_name} {scope}")[:200],
                    scope,
                    read_path,
                    purpose[:250],
                )
                for model, pk, read_path, purpose, label, scope in rows
            ),
            strict=True,
        )
    )
    with connection.cursor() as cursor:
        cursor.execute(
            _ACCESS_LOG_INSERT,
            [
                timezone.now(),
                user.pk,
                user.username,
                organisation_name,
                path,
                kinds[dossier_model].pk,
                *(list(column) for column in columns),
            ],
        )


# One statement for any number of rows: the rows arrive as arrays, one per column, so the
# text of the query never changes. (A model per row costs more than the page that logs it.)
_ACCESS_LOG_INSERT = f"""
INSERT INTO {AccessLog._meta.db_table} (
    at, user_id, username, organisation_name, path, scope_type_id,
    object_type_id, object_id, object_repr, scope_repr, scope_id, read_path, purpose
)
SELECT %s, %s, %s, %s, %s, %s, seen.*
FROM unnest(
    %s::integer[], %s::bigint[], %s::text[], %s::text[], %s::bigint[], %s::text[], %s::text[]
) AS seen
"""  # noqa: S608 -- the table name is the model's, not input


# --- The request's reader -------------------------------------------------------------------

_REQUEST_ATTRIBUTE = "_vierhoek_reader"


def reader_for(request: HttpRequest | Any) -> Reader:
    """The reader of this request (a Django or a DRF request): the signed-in user, the read
    path the address implies (API, htmx fragment or page) and the address without its query."""
    django_request: HttpRequest = getattr(request, "_request", request)
    reader: Reader | None = getattr(django_request, _REQUEST_ATTRIBUTE, None)
    if reader is None or reader.user != django_request.user:
        if django_request.path.startswith("/api/"):
            read_path = ReadPath.API
        elif getattr(django_request, "htmx", False):
            read_path = ReadPath.FRAGMENT
        else:
            read_path = ReadPath.PAGE
        reader = Reader(django_request.user, read_path, path=django_request.path)
        setattr(django_request, _REQUEST_ATTRIBUTE, reader)
    return reader


class ReadSideMiddleware:
    """Writes what the request handed out to the access log, in one insert, once the response
    is made. A server error showed nothing, so it logs nothing."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        reader: Reader | None = getattr(request, _REQUEST_ATTRIBUTE, None)
        if reader is not None and response.status_code < 500:
            reader.flush()
        return response


def read_in_task(user: User, *, purpose: str = "") -> Reader:
    """The reader of a Celery task: `with read_in_task(user) as reader:` logs at its end."""
    return Reader(user, ReadPath.TASK, purpose=purpose)
