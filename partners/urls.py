from django.contrib.auth import views as auth_views
from django.urls import path

from partners import views

urlpatterns = [
    path("sociale-kaart/", views.social_map, name="social_map"),
    path("sociale-kaart/<int:pk>/", views.organisation_detail, name="organisation_detail"),
    path("privacy/toegangslog/", views.access_log, name="access_log"),
    path("mijn-account/api-sleutels/", views.api_tokens_page, name="api_tokens"),
    path(
        "mijn-account/api-sleutels/<str:token_key>/intrekken/",
        views.api_token_revoke_view,
        name="api_token_revoke",
    ),
    path(
        "inloggen/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("tweestapsverificatie/", views.two_factor_verify, name="two_factor_verify"),
    path("tweestapsverificatie/instellen/", views.two_factor_setup, name="two_factor_setup"),
    path(
        "wachtwoord-vergeten/",
        auth_views.PasswordResetView.as_view(),
        name="password_reset",
    ),
    path(
        "wachtwoord-vergeten/verstuurd/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "wachtwoord-herstellen/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "wachtwoord-herstellen/gereed/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]
