from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """ "Mijn werk": the start page; later capabilities add the user's cases and tasks."""
    return render(request, "casework/home.html")
