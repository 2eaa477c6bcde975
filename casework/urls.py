from django.urls import path

from casework import views

app_name = "casework"

urlpatterns = [
    path("", views.home, name="home"),
    path("casussen/", views.cases, name="cases"),
    path("casussen/nieuw/", views.case_new, name="case_new"),
    path("casussen/<int:pk>/", views.case_detail, name="case_detail"),
    path("casussen/<int:pk>/partners/", views.case_partners, name="case_partners"),
    path(
        "casussen/<int:pk>/partners/<int:participation_pk>/vertrek/",
        views.case_partner_leave,
        name="case_partner_leave",
    ),
    path("casussen/<int:pk>/notities/", views.case_notes_fragment, name="case_notes"),
]
