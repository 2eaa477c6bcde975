from django.urls import path

from partners.api import views

urlpatterns = [
    path("me/", views.current_user, name="api-current-user"),
]
