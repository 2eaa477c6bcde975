""" "Mijn werk", the start page: what is the user's own, from every part of casework (the case
work of `casework.selectors.my_work`, the actions from meetings and, for the gezagsvierhoek,
the plans awaiting its decision), so it stands above them all."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from casework.meetings.selectors import LISTED, my_actions
from casework.permissions import VIERHOEK
from casework.review.selectors import queue
from casework.selectors import my_work
from casework.views.common import current_user
from partners.policy import has_role
from partners.reading import reader_for


@login_required
def home(request: HttpRequest) -> HttpResponse:
    reader = reader_for(request)
    seat_holder = has_role(current_user(request), *VIERHOEK)
    reviews = list(queue(reader)[:LISTED]) if seat_holder else []
    return render(
        request,
        "casework/home.html",
        {
            "work": my_work(reader),
            "actions": list(my_actions(reader)[:LISTED]),
            "reviews": reviews,
            "today": timezone.localdate(),
        },
    )
