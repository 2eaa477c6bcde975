""" "Mijn werk", the start page: what is the user's own, from every part of casework (the case
work of `casework.selectors.my_work` and the actions from meetings), so it stands above them
all."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from casework.meetings.selectors import LISTED, my_actions
from casework.selectors import my_work
from partners.reading import reader_for


@login_required
def home(request: HttpRequest) -> HttpResponse:
    reader = reader_for(request)
    return render(
        request,
        "casework/home.html",
        {
            "work": my_work(reader),
            "actions": list(my_actions(reader)[:LISTED]),
            "today": timezone.localdate(),
        },
    )
