from django.urls import path

from casework.meetings import views

# Part of casework's URLs (namespace "casework").
ITEM = "overleggen/<int:pk>/punten/<int:item_pk>/"
urlpatterns = [
    path("overleggen/", views.meetings, name="meetings"),
    path("overleggen/nieuw/", views.meeting_new, name="meeting_new"),
    path("overleggen/<int:pk>/", views.meeting_page, name="meeting"),
    path("overleggen/<int:pk>/wijzigen/", views.meeting_edit, name="meeting_edit"),
    path("overleggen/<int:pk>/uitnodiging.ics", views.meeting_ics, name="meeting_ics"),
    path("overleggen/<int:pk>/verklaring/", views.statement_view, name="meeting_statement"),
    path("overleggen/<int:pk>/agenda/", views.item_add_view, name="meeting_item_add"),
    path("overleggen/<int:pk>/aanwezigheid/", views.attendance_view, name="meeting_attendance"),
    path("overleggen/<int:pk>/vergadering/", views.meeting_mode, name="meeting_mode"),
    path(
        "overleggen/<int:pk>/notulen/vaststellen/",
        views.minutes_confirm_view,
        name="meeting_minutes_confirm",
    ),
    path(
        "overleggen/<int:pk>/notulen/<slug:variant>/",
        views.minutes_document,
        name="meeting_minutes_document",
    ),
    path(ITEM, views.item_page, name="meeting_item"),
    path(f"{ITEM}inbreng/", views.input_view, name="meeting_item_input"),
    path(f"{ITEM}uitnodigen/", views.invite_view, name="meeting_item_invite"),
    path(f"{ITEM}notities/", views.notes_view, name="meeting_notes"),
    path(f"{ITEM}besluiten/", views.decision_view, name="meeting_decision"),
    path(f"{ITEM}screening/", views.screening_view, name="meeting_screening"),
    path(f"{ITEM}acties/", views.action_view, name="meeting_action"),
    path(f"{ITEM}tijd/", views.timer_view, name="meeting_timer"),
    path("acties/", views.actions_page, name="my_actions"),
    path("acties/<int:action_pk>/afronden/", views.action_close_view, name="action_close"),
]
