"""The meetings' API endpoints, mounted by config/api_urls.py."""

from django.urls import path

from casework.meetings import api

MEETING = "meetings/<int:meeting_pk>/"
ITEM = f"{MEETING}items/<int:item_pk>/"

urlpatterns = [
    path(
        "meetings/", api.MeetingViewSet.as_view({"get": "list", "post": "create"}), name="meetings"
    ),
    path(
        "meetings/<int:pk>/",
        api.MeetingViewSet.as_view({"get": "retrieve", "patch": "partial_update"}),
        name="meeting",
    ),
    path(
        f"{MEETING}statement/",
        api.StatementView.as_view({"post": "create"}),
        name="meeting-statement",
    ),
    path(
        f"{MEETING}attendance/",
        api.AttendanceViewSet.as_view({"get": "list", "put": "update"}),
        name="meeting-attendance",
    ),
    path(
        f"{MEETING}items/",
        api.ItemViewSet.as_view({"get": "list", "post": "create"}),
        name="meeting-items",
    ),
    path(ITEM, api.ItemViewSet.as_view({"get": "retrieve"}), name="meeting-item"),
    path(
        f"{ITEM}invited/", api.ItemViewSet.as_view({"put": "invite"}), name="meeting-item-invited"
    ),
    path(f"{ITEM}notes/", api.ItemViewSet.as_view({"put": "notes"}), name="meeting-item-notes"),
    path(
        f"{ITEM}screening/",
        api.ItemViewSet.as_view({"post": "screening"}),
        name="meeting-item-screening",
    ),
    path(
        f"{ITEM}inputs/",
        api.InputViewSet.as_view({"get": "list", "post": "create"}),
        name="meeting-item-inputs",
    ),
    path(
        f"{ITEM}decisions/",
        api.DecisionViewSet.as_view({"get": "list", "post": "create"}),
        name="meeting-item-decisions",
    ),
    path(
        f"{ITEM}actions/",
        api.ItemActionViewSet.as_view({"get": "list", "post": "create"}),
        name="meeting-item-actions",
    ),
    path("actions/", api.MyActionViewSet.as_view({"get": "list"}), name="actions"),
    path("actions/<int:pk>/", api.MyActionViewSet.as_view({"get": "retrieve"}), name="action"),
    path(
        "actions/<int:pk>/close/",
        api.MyActionViewSet.as_view({"post": "close"}),
        name="action-close",
    ),
]
