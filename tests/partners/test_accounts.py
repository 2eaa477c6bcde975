import re

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from partners.models import User
from tests.conftest import current_token, totp_device
from tests.partners.factories import PASSWORD

pytestmark = pytest.mark.django_db


def log_in(client: Client, username: str, password: str = PASSWORD):
    return client.post("/inloggen/", {"username": username, "password": password})


def shown_secret(html: str) -> str:
    match = re.search(r'data-testid="totp-secret">([A-Z2-7 ]+)<', html)
    assert match is not None
    return match.group(1)


def test_login_page_is_dutch_and_has_the_fields(client: Client) -> None:
    response = client.get("/inloggen/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "Gebruikersnaam" in html
    assert 'href="#inhoud"' in html


def test_anonymous_user_is_sent_to_login(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/inloggen/?next=/")


def test_wrong_password_shows_a_clear_error(client: Client, user: User) -> None:
    response = log_in(client, user.username, "niet-het-wachtwoord")
    assert response.status_code == 200
    assert "gebruikersnaam en wachtwoord is onbekend" in response.content.decode()


def test_password_alone_does_not_open_mijn_werk(client: Client, user: User) -> None:
    assert log_in(client, user.username).status_code == 302
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"].startswith("/tweestapsverificatie/")


def test_first_login_enrols_an_authenticator(client: Client, user: User) -> None:
    log_in(client, user.username)
    # Without a device the verification page sends the user on to set-up.
    response = client.get("/tweestapsverificatie/?next=/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/tweestapsverificatie/instellen/")
    html = response.content.decode()
    assert "<svg" in html
    assert len(shown_secret(html).replace(" ", "")) == 32
    device = TOTPDevice.objects.get(user=user, confirmed=False)

    wrong = client.post("/tweestapsverificatie/instellen/", {"token": "000000", "next": "/"})
    assert "Deze code klopt niet" in wrong.content.decode()
    device.refresh_from_db()
    assert device.confirmed is False

    device.throttle_reset()
    confirmed = client.post(
        "/tweestapsverificatie/instellen/", {"token": current_token(device), "next": "/"}
    )
    assert confirmed.status_code == 302
    assert confirmed["Location"] == "/"
    device.refresh_from_db()
    assert device.confirmed is True
    assert "Mijn werk" in client.get("/").content.decode()


def test_enrolment_keeps_the_same_key_when_the_page_is_reloaded(client: Client, user: User) -> None:
    log_in(client, user.username)
    first = client.get("/tweestapsverificatie/instellen/").content.decode()
    second = client.get("/tweestapsverificatie/instellen/").content.decode()
    assert TOTPDevice.objects.filter(user=user).count() == 1
    assert shown_secret(first) == shown_secret(second)


def test_enrolled_user_must_give_a_code_after_the_password(client: Client, user: User) -> None:
    device = totp_device(user)
    log_in(client, user.username)
    response = client.get("/", follow=True)
    assert response.redirect_chain[-1][0].startswith("/tweestapsverificatie/?next=")
    wrong = client.post("/tweestapsverificatie/", {"token": "12ab", "next": "/"})
    assert "Een code bestaat uit zes cijfers." in wrong.content.decode()
    right = client.post("/tweestapsverificatie/", {"token": current_token(device), "next": "/"})
    assert right["Location"] == "/"
    home = client.get("/")
    assert home.status_code == 200
    assert "Mijn werk" in home.content.decode()


def test_verification_refuses_to_redirect_to_another_site(client: Client, user: User) -> None:
    device = totp_device(user)
    log_in(client, user.username)
    response = client.post(
        "/tweestapsverificatie/",
        {"token": current_token(device), "next": "https://kwaadwillend.example/"},
    )
    assert response["Location"] == "/"


def test_header_names_the_user_and_organisation(logged_in_client: Client, user: User) -> None:
    html = logged_in_client.get("/").content.decode()
    assert "Sanne Jansen" in html or str(user) in html
    assert str(user.organisation) in html


def test_repeated_failed_logins_lock_the_account(client: Client, user: User) -> None:
    for _ in range(5):
        log_in(client, user.username, "fout-wachtwoord")
    locked = log_in(client, user.username)
    assert locked.status_code == 429
    assert "Account tijdelijk geblokkeerd" in locked.content.decode()
    # The refused sixth attempt counts as a failure too.
    assert AccessAttempt.objects.get(username=user.username).failures_since_start == 6
    # Even the right password does not get in while the lock-out lasts.
    assert client.get("/").status_code == 302


def test_lockout_is_per_username(client: Client, user: User) -> None:
    for _ in range(5):
        log_in(client, "iemand-anders", "fout-wachtwoord")
    assert log_in(client, user.username).status_code == 302


def test_logout_ends_the_session(logged_in_client: Client) -> None:
    response = logged_in_client.post("/uitloggen/")
    assert response.status_code == 302
    assert logged_in_client.get("/").status_code == 302


def test_password_reset_by_email(client: Client, user: User) -> None:
    response = client.post("/wachtwoord-vergeten/", {"email": user.email})
    assert response["Location"] == "/wachtwoord-vergeten/verstuurd/"
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/wachtwoord-herstellen/\S+)", str(mail.outbox[0].body))
    assert link is not None
    form_page = client.get(link.group(1), follow=True)
    assert form_page.status_code == 200
    new_password = "een-nieuw-sterk-wachtwoord-42"
    done = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": new_password, "new_password2": new_password},
    )
    assert done["Location"] == "/wachtwoord-herstellen/gereed/"
    client.logout()
    assert log_in(client, user.username, new_password).status_code == 302


def test_password_reset_for_unknown_address_reveals_nothing(client: Client) -> None:
    response = client.post("/wachtwoord-vergeten/", {"email": "onbekend@example.org"})
    assert response["Location"] == "/wachtwoord-vergeten/verstuurd/"
    assert mail.outbox == []


def test_language_switch_shows_english(logged_in_client: Client) -> None:
    logged_in_client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    html = logged_in_client.get("/").content.decode()
    assert '<html lang="en">' in html
    assert "My work" in html
