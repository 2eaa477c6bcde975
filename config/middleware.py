from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import translation


class LanguageMiddleware:
    """Dutch unless the user chose otherwise with the language switch.

    Replaces Django's LocaleMiddleware, which would follow the browser's Accept-Language: the
    professionals of one case meeting must see the same words whatever browser they use.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        supported = {code for code, _name in settings.LANGUAGES}
        language = chosen if chosen in supported else settings.LANGUAGE_CODE
        request.LANGUAGE_CODE = language
        # override() restores the previous language afterwards, so a request's choice does not
        # stay active in the thread for whatever runs next.
        with translation.override(language):
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


class PrivateResponseMiddleware:
    """Every answer of the application (pages, fragments, API, PDFs) may carry personal data:
    no browser or proxy keeps a copy (`Cache-Control: no-store`). Static files are served by
    WhiteNoise before this and keep their long caching. Also sets the Permissions-Policy."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.headers["Cache-Control"] = "no-store"
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
