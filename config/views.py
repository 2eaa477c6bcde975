"""Machinery for views, knowing nothing of what they show."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect
from django.urls import reverse

View = Callable[..., HttpResponse]


def form_target(page: str, *keys: str, anchor: str = "") -> Callable[[View], View]:
    """For a view that takes a form's POST: a GET of its address (a reload after a form error,
    the language switch, a bookmark) goes to the page that holds the form, instead of an empty
    405. `keys` are the URL arguments the page shares with the view; `anchor` the form's id."""

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if request.method in ("GET", "HEAD"):
                target = reverse(page, kwargs={key: kwargs[key] for key in keys})
                return redirect(f"{target}#{anchor}" if anchor else target)
            if request.method != "POST":
                return HttpResponseNotAllowed(["GET", "POST"])
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
