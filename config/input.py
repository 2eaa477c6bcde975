"""One place that refuses input no field of Vierhoek can hold, before any view or query sees it.

(Forms say their own limits first, with `maxlength` in the browser, so typed text is not lost.)

PostgreSQL cannot store a NUL character (it raises DataError, a server error), and a lone UTF-16
surrogate cannot be encoded as UTF-8 at all; neither is ever meaningful in a form or a filter. A
JSON body nested deeper than any of our payloads is refused before Python's parser recurses
into it. Everything refused gets a 400 with a message that says why, in the user's language.
"""

import json
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from rest_framework.exceptions import ParseError
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser

# Deeper than any request body of the API (a proposal with its checks is four levels deep).
MAX_JSON_DEPTH = 32
# Longer than any text a form or the API takes (a note, a weighing's motivation): a field of a
# megabyte is a mistake or an attack, and would be copied into every page and export.
MAX_FIELD_CHARS = 10_000


def is_unusable(text: str) -> bool:
    """A NUL character or a lone surrogate: text no column can store."""
    return "\x00" in text or any("\ud800" <= char <= "\udfff" for char in text)


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def json_depth_exceeds(raw: bytes, limit: int) -> bool:
    """Whether the JSON text nests arrays and objects deeper than `limit`, found by counting
    brackets outside strings (no recursion, so a hostile body cannot exhaust the stack)."""
    depth = 0
    in_string = escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):  # [ {
            depth += 1
            if depth > limit:
                return True
        elif byte in (0x5D, 0x7D):  # ] }
            depth -= 1
    return False


def unusable_message() -> str:
    return _("De invoer bevat een teken dat niet kan worden opgeslagen (een nul-teken).")


def too_long_message() -> str:
    return _("Een veld is langer dan %(max)s tekens.") % {
        "max": f"{MAX_FIELD_CHARS:,}".replace(",", ".")
    }


def refusal(texts: Iterable[str]) -> str:
    """Why these texts cannot be taken, or "" when they can."""
    for text in texts:
        if is_unusable(text):
            return unusable_message()
        if len(text) > MAX_FIELD_CHARS:
            return too_long_message()
    return ""


class BoundedJSONParser(JSONParser):
    """DRF's JSON parser, refusing bodies nested too deep and text no column can store."""

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        # Never more than Django takes in a form body: a larger one is refused unread.
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        raw = stream.read(limit + 1) if stream is not None else b""
        if len(raw) > limit:
            raise ParseError(_("Het verzoek is te groot."))
        if json_depth_exceeds(raw, MAX_JSON_DEPTH):
            raise ParseError(_("De JSON is te diep genest."))
        try:
            data = json.loads(raw.decode((parser_context or {}).get("encoding") or "utf-8"))
        except (UnicodeDecodeError, ValueError) as error:
            raise ParseError(_("De JSON is ongeldig: %(error)s") % {"error": error}) from error
        refused = refusal(_strings(data))
        if refused:
            raise ParseError(refused)
        return data


class RefuseUnusableInputMiddleware:
    """Refuses a request whose address, query parameters or form fields hold a NUL character
    or a lone surrogate, or a field longer than any form takes, with a 400 (JSON for the API,
    a page otherwise)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        texts = [request.path]
        for data in (request.GET, request.POST if self._is_form(request) else None):
            if data is None:
                continue
            for key, values in data.lists():
                texts.append(key)
                texts.extend(values)
        refused = refusal(texts)
        if refused:
            return self._refuse(request, refused)
        return self.get_response(request)

    @staticmethod
    def _is_form(request: HttpRequest) -> bool:
        return request.method == "POST" and request.content_type in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        )

    @staticmethod
    def _refuse(request: HttpRequest, message: str) -> HttpResponse:
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": message}, status=400)
        return render(request, "400.html", {"message": message}, status=400)


def _refuse_form(data: Any) -> Any:
    texts = [text for key, values in data.lists() for text in (key, *values)]
    refused = refusal(texts)
    if refused:
        raise ParseError(refused)
    return data


class CheckedFormParser(FormParser):
    """DRF's form parser (a PUT or PATCH with form data, which Django's request.POST does not
    read), held to the same rules as every other input."""

    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        return _refuse_form(super().parse(stream, media_type, parser_context))


class CheckedMultiPartParser(MultiPartParser):
    def parse(self, stream: Any, media_type: str | None = None, parser_context: Any = None) -> Any:
        parsed = super().parse(stream, media_type, parser_context)
        _refuse_form(parsed.data)
        return parsed


class RefuseUnusableCookiesMiddleware:
    """Before the session is looked up: a cookie holding a NUL character (a quoted cookie can
    say \\000) would reach the session query and fail there; it is refused here."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if refusal(request.COOKIES.values()):
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": unusable_message()}, status=400)
            return HttpResponse(unusable_message(), status=400, content_type="text/plain")
        return self.get_response(request)
