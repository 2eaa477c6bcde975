"""Correcting a family network: change, end, remove and merge, in the services, the pages and
the API, each with its reason, optimistic locking, history in the timeline and the access log."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, transaction
from django.utils import timezone, translation
from django.utils.formats import date_format

from casework.models import (
    LinkedAddress,
    LinkedOrganisation,
    NetworkChange,
    Person,
    Relation,
)
from casework.selectors import case_timeline
from casework.selectors.network import change_label, change_lines
from casework.services import (
    link_remove,
    linked_address_add,
    linked_organisation_add,
    linked_organisation_update,
    person_add,
    person_merge,
    person_remove,
    person_update,
    relation_add,
    relation_end,
    relation_remove,
    relation_update,
)
from casework.services.corrections import initials
from partners.models import AccessLog
from tests.conftest import api_client, reader, verified_client
from tests.world import World

REASON = "Naam verkeerd gespeld (BRP)"


def test_a_misspelled_name_is_corrected_with_its_history(world: World) -> None:
    aov = world.users["aov"]
    ria = person_add(case=world.case, user=aov, first_name="Ria", last_name="Verhoven")
    world.case.refresh_from_db()
    before = world.case.changed_at
    changed = person_update(
        person=ria, user=aov, version=ria.version, reason=REASON, last_name="Verhoeven"
    )
    assert changed == [{"field": "last_name", "before": "Verhoven", "after": "Verhoeven"}]
    ria.refresh_from_db()
    assert (ria.last_name, ria.version) == ("Verhoeven", 2)
    history = NetworkChange.objects.get(case=world.case)
    assert (history.item, history.action, history.reason) == ("persoon", "gewijzigd", REASON)
    events = case_timeline(reader(aov), world.case)
    correction = next(event for event in events if REASON in event.text)
    assert correction.details == ("Achternaam: Verhoven → Verhoeven",)
    # The case counts as changed: the case list sorts by it.
    world.case.refresh_from_db()
    assert world.case.changed_at > before


def test_a_correction_needs_a_reason_and_the_version_read(world: World) -> None:
    aov = world.users["aov"]
    anna = world.persons["moeder"]
    with pytest.raises(ValidationError, match="reden"):
        person_update(person=anna, user=aov, version=anna.version, reason="  ", alias="An")
    person_update(person=anna, user=aov, version=anna.version, reason=REASON, alias="An")
    stale = Person.objects.get(pk=anna.pk)
    stale.version = 1
    with pytest.raises(ValidationError) as conflict:
        person_update(person=stale, user=aov, version=1, reason=REASON, alias="Annie")
    assert conflict.value.code == "conflict"
    anna.refresh_from_db()
    assert anna.alias == "An"


def test_nothing_changed_records_nothing(world: World) -> None:
    anna = world.persons["moeder"]
    aov = world.users["aov"]
    assert person_update(person=anna, user=aov, version=1, reason=REASON, alias="") == []
    assert not NetworkChange.objects.exists()


def test_a_new_birth_date_must_keep_the_relations_possible(world: World) -> None:
    anna = world.persons["moeder"]
    with pytest.raises(ValidationError, match="ouder"):
        person_update(
            person=anna,
            user=world.users["aov"],
            version=anna.version,
            reason=REASON,
            birth_date=datetime.date(1945, 1, 1),  # older than her father
        )


def test_a_bsn_is_masked_in_the_history(world: World) -> None:
    anna = world.persons["moeder"]
    person_update(person=anna, user=world.users["aov"], version=1, reason=REASON, bsn="123456782")
    [entry] = NetworkChange.objects.get().changes
    assert entry == {"field": "bsn", "before": "•••••333", "after": "•••••782"}


def test_a_partner_professional_corrects_but_does_not_remove(world: World) -> None:
    professional = world.users["ketenpartner_zorg"]
    milan = world.persons["kind"]
    person_update(person=milan, user=professional, version=1, reason=REASON, alias="Mil")
    with pytest.raises(PermissionDenied):
        person_remove(person=milan, user=professional, version=2, reason=REASON)
    with pytest.raises(PermissionDenied):
        person_update(
            person=milan, user=world.users["burgemeester"], version=2, reason=REASON, alias="M"
        )


def test_removing_a_person_takes_their_relations_and_keeps_initials_only(world: World) -> None:
    aov = world.users["aov"]
    wrong = person_add(case=world.case, user=aov, first_name="Foutje", last_name="de Persoon")
    person_update(person=wrong, user=aov, version=1, reason="Alias", alias="Foetje")
    wrong.refresh_from_db()
    relation_add(
        case=world.case,
        user=aov,
        from_person=wrong,
        kind="zakelijk",
        to_person=world.persons["opa"],
        source=world.organisations["gemeente"],
    )
    assert person_remove(person=wrong, user=aov, version=wrong.version, reason="Verkeerd") == 1
    # The earlier correction that named the person went with them.
    assert list(NetworkChange.objects.values_list("action", flat=True)) == ["verwijderd"]
    assert not Person.objects.filter(pk=wrong.pk).exists()
    assert not Relation.objects.filter(from_person_id=wrong.pk).exists()
    history = NetworkChange.objects.get(action="verwijderd")
    assert history.label == "F. de P."
    events = case_timeline(reader(aov), world.case)
    timeline = " ".join(event.text + " ".join(event.details) for event in events)
    assert "Foutje" not in timeline and "Foetje" not in timeline
    assert "F. de P." in timeline


def test_initials() -> None:
    assert initials(Person(first_name="Jan", last_name="de Vries")) == "J. de V."
    assert initials(Person(first_name="Emma", last_name="Bakker")) == "E. B."


def test_merging_two_records_keeps_one_with_everything(world: World) -> None:
    aov = world.users["aov"]
    keep = world.persons["moeder"]
    twin = person_add(
        case=world.case,
        user=aov,
        first_name="Anna",
        last_name="Teststraat",
        alias="Annie",
        address="Dorpsstraat 1",
        roles=["slachtoffer"],
    )
    karin = person_add(case=world.case, user=aov, first_name="Karin", last_name="Bos")
    relation_add(
        case=world.case,
        user=aov,
        from_person=twin,
        kind="partner",
        to_person=karin,
        source=world.organisations["gemeente"],
    )
    # The twin's relation with the kept record itself, and one the kept record has already.
    relation_add(
        case=world.case,
        user=aov,
        from_person=twin,
        kind="zakelijk",
        to_person=keep,
        source=world.organisations["gemeente"],
    )
    relation_add(
        case=world.case,
        user=aov,
        from_person=world.persons["opa"],
        kind="ouder",
        to_person=twin,
        source=world.organisations["gemeente"],
    )
    garage = linked_organisation_add(case=world.case, user=aov, name="Garage", persons=[twin])
    person_merge(
        keep=keep,
        other=twin,
        user=aov,
        keep_version=keep.version,
        other_version=twin.version,
        reason="Dubbel geregistreerd",
    )
    keep.refresh_from_db()
    assert not Person.objects.filter(pk=twin.pk).exists()
    assert (keep.alias, keep.address, keep.bsn) == ("Annie", "Dorpsstraat 1", "111222333")
    assert set(keep.roles) == {"familielid", "slachtoffer"}
    kinds = set(
        Relation.objects.filter(to_person=keep).values_list("kind", "from_person__first_name")
    ) | set(Relation.objects.filter(from_person=keep).values_list("kind", "to_person__first_name"))
    assert kinds == {("ouder", "Hendrik"), ("ouder", "Milan"), ("partner", "Karin")}
    assert list(garage.persons.all()) == [keep]
    history = NetworkChange.objects.get(action="samengevoegd")
    assert history.changes[0] == {"field": "merged_with", "before": "A. T.", "after": ""}


def test_records_that_contradict_each_other_are_not_merged(world: World) -> None:
    aov = world.users["aov"]
    keep = world.persons["moeder"]
    other = person_add(
        case=world.case,
        user=aov,
        first_name="Anna",
        last_name="Teststraat",
        birth_date=datetime.date(1981, 6, 1),
    )
    with pytest.raises(ValidationError, match="geboortedatum"):
        person_merge(
            keep=keep,
            other=other,
            user=aov,
            keep_version=1,
            other_version=1,
            reason="Dubbel",
        )
    assert Person.objects.filter(pk=other.pk).exists()


def test_a_relation_is_corrected_ended_and_removed(world: World) -> None:
    aov = world.users["aov"]
    karin = person_add(
        case=world.case, user=aov, first_name="Karin", last_name="Bos", birth_date=None
    )
    partners = relation_add(
        case=world.case,
        user=aov,
        from_person=world.persons["moeder"],
        kind="partner",
        to_person=karin,
        source=world.organisations["gemeente"],
    )
    relation_update(
        relation=partners,
        user=aov,
        version=1,
        reason="Sinds 2015",
        valid_from=datetime.date(2015, 1, 1),
    )
    ended_on = timezone.localdate() - datetime.timedelta(days=3)
    relation_end(relation=partners, user=aov, version=2, reason="Gescheiden", ended_on=ended_on)
    partners.refresh_from_db()
    assert partners.valid_to == ended_on
    with pytest.raises(ValidationError, match="al beëindigd"):
        relation_end(relation=partners, user=aov, version=3, reason="Nog eens", ended_on=ended_on)
    actions = list(NetworkChange.objects.order_by("id").values_list("action", flat=True))
    assert actions == ["gewijzigd", "beeindigd"]
    ended = NetworkChange.objects.get(action="beeindigd")
    shown = date_format(ended_on, "SHORT_DATE_FORMAT")
    assert change_lines(ended) == [f"Geldig tot: — → {shown}"]
    # A kind the ages make impossible is refused, as when adding.
    with pytest.raises(ValidationError, match="minstens 16 jaar"):
        relation_update(
            relation=Relation.objects.get(to_person=world.persons["kind"]),
            user=aov,
            version=1,
            reason="x",
            kind="partner",
        )
    relation_remove(relation=partners, user=aov, version=3, reason="Nooit partners geweest")
    assert not Relation.objects.filter(pk=partners.pk).exists()
    removal = NetworkChange.objects.get(action="verwijderd")
    assert change_label(removal) == "A. T. partner van K. B."
    with translation.override("en"):
        assert change_label(removal) == "A. T. partner of K. B."


def test_links_are_corrected_and_removed(world: World) -> None:
    aov = world.users["aov"]
    garage = linked_organisation_add(case=world.case, user=aov, name="Garage Tesstraat")
    linked_organisation_update(
        link=garage,
        user=aov,
        version=1,
        reason="Typfout",
        name="Garage Teststraat",
        persons=[world.persons["opa"]],
    )
    garage.refresh_from_db()
    assert garage.name == "Garage Teststraat"
    assert list(garage.persons.all()) == [world.persons["opa"]]
    [history] = NetworkChange.objects.all()
    assert {entry["field"] for entry in history.changes} == {"name", "persons"}
    address = linked_address_add(case=world.case, user=aov, address="Havenweg 1")
    link_remove(link=address, user=aov, version=1, reason="Verkeerd adres")
    assert not LinkedAddress.objects.filter(pk=address.pk).exists()
    assert LinkedOrganisation.objects.filter(pk=garage.pk).exists()


def test_the_database_refuses_to_rewrite_the_history(world: World) -> None:
    anna = world.persons["moeder"]
    person_update(person=anna, user=world.users["aov"], version=1, reason=REASON, alias="An")
    with pytest.raises(DatabaseError, match="cannot be changed"), transaction.atomic():
        NetworkChange.objects.update(reason="Anders")


# --- Pages ------------------------------------------------------------------------------------


def test_the_correction_form_comes_inline_and_a_save_redirects(world: World) -> None:
    client = verified_client(world.users["aov"])
    anna = world.persons["moeder"]
    url = f"/casussen/{world.case.pk}/personen/{anna.pk}/corrigeren/"
    fragment = client.get(url, headers={"HX-Request": "true"})
    html = fragment.content.decode()
    assert fragment.status_code == 200
    assert "<html" not in html and 'name="reason"' in html and 'value="Anna"' in html
    saved = client.post(
        url,
        {
            "first_name": "Anna",
            "last_name": "Teststraat",
            "alias": "An",
            "roles": ["familielid"],
            "version": 1,
            "reason": REASON,
        },
        headers={"HX-Request": "true"},
    )
    assert saved.headers["HX-Redirect"] == f"/casussen/{world.case.pk}/personen/{anna.pk}/"
    # Opening the form read the person: the access log says so.
    assert AccessLog.objects.filter(user=world.users["aov"], object_id=anna.pk, path=url).exists()


def test_a_form_error_stays_on_an_address_that_answers_get(world: World) -> None:
    client = verified_client(world.users["aov"])
    anna = world.persons["moeder"]
    url = f"/casussen/{world.case.pk}/personen/{anna.pk}/corrigeren/"
    refused = client.post(
        url, {"first_name": "Anna", "last_name": "", "roles": ["familielid"], "version": 1}
    )
    html = refused.content.decode()
    assert refused.status_code == 200
    assert "Geef de reden van deze correctie." in html and "Vul de achternaam in." in html
    assert client.get(url).status_code == 200  # a reload, or the language switch


@pytest.mark.parametrize(
    "address",
    [
        "netwerk/personen/",
        "netwerk/relaties/",
        "netwerk/organisaties/",
        "netwerk/adressen/",
        "status/",
        "interventies/{item}/afweging/",
        "interventies/{item}/status/",
        "interventies/{item}/evaluatie/",
        "partners/{participation}/vertrek/",
        "relaties/{relation}/beeindigen/",
    ],
)
def test_no_form_address_answers_get_with_405(world: World, address: str) -> None:
    from casework.services.interventions import case_intervention_propose
    from interventions.models import Intervention

    item = case_intervention_propose(
        case=world.case,
        user=world.users["aov"],
        intervention=Intervention.objects.order_by("name")[0],
        purpose="Proef",
        responsible=world.organisations["gemeente"],
        target_persons=[world.persons["opa"]],
    )
    participation = world.case.participations.current()[0]
    relation = Relation.objects.filter(case=world.case)[0]
    path = address.format(item=item.pk, participation=participation.pk, relation=relation.pk)
    response = verified_client(world.users["aov"]).get(f"/casussen/{world.case.pk}/{path}")
    assert response.status_code == 302


def test_removing_asks_first_and_names_the_relations_that_go(world: World) -> None:
    client = verified_client(world.users["aov"])
    anna = world.persons["moeder"]
    url = f"/casussen/{world.case.pk}/personen/{anna.pk}/verwijderen/"
    html = client.get(url).content.decode()
    assert "De relatie “Hendrik Teststraat ouder van Anna Teststraat” vervalt." in html
    assert "De relatie “Anna Teststraat ouder van Milan Teststraat” vervalt." in html
    assert Person.objects.filter(pk=anna.pk).exists()
    removed = client.post(url, {"version": 1, "reason": "Verkeerde familie"})
    assert removed.status_code == 302
    assert not Person.objects.filter(pk=anna.pk).exists()
    # Who may only correct does not get the page.
    other = verified_client(world.users["ketenpartner_zorg"])
    milan = world.persons["kind"]
    assert (
        other.get(f"/casussen/{world.case.pk}/personen/{milan.pk}/verwijderen/").status_code == 404
    )


def test_a_relation_is_ended_on_its_page(world: World) -> None:
    client = verified_client(world.users["aov"])
    relation = Relation.objects.get(to_person=world.persons["kind"])
    page = client.get(f"/casussen/{world.case.pk}/relaties/{relation.pk}/").content.decode()
    assert "Relatie beëindigen" in page and "Deze relatie verwijderen" in page
    ended = client.post(
        f"/casussen/{world.case.pk}/relaties/{relation.pk}/beeindigen/",
        {"einde-ended_on": "2030-01-01", "einde-version": 1, "einde-reason": "x"},
    )
    assert "Een relatie kan niet in de toekomst eindigen." in ended.content.decode()
    ended = client.post(
        f"/casussen/{world.case.pk}/relaties/{relation.pk}/beeindigen/",
        {
            "einde-ended_on": timezone.localdate().isoformat(),
            "einde-version": 1,
            "einde-reason": "Uit huis geplaatst",
        },
    )
    assert ended.status_code == 302
    relation.refresh_from_db()
    assert relation.valid_to == timezone.localdate()


# --- API --------------------------------------------------------------------------------------


def test_the_api_corrects_with_the_version_and_says_409_on_a_conflict(world: World) -> None:
    api = api_client(world.users["aov"])
    anna = world.persons["moeder"]
    url = f"/api/cases/{world.case.pk}/persons/{anna.pk}/"
    first = api.patch(url, {"alias": "An", "version": 1, "reason": REASON}, format="json")
    assert first.status_code == 200, first.content
    assert first.json()["version"] == 2
    again = api.patch(url, {"alias": "Annie", "version": 1, "reason": REASON}, format="json")
    assert again.status_code == 409
    missing = api.patch(url, {"alias": "Annie", "version": 2}, format="json")
    assert missing.status_code == 400 and "reason" in missing.json()
    history = api.get(f"/api/cases/{world.case.pk}/network-history/").json()["results"]
    assert history[0]["lines"] == ["Alias of bijnaam: — → An"]


def test_the_api_removes_and_merges(world: World) -> None:
    aov = world.users["aov"]
    api = api_client(aov)
    base = f"/api/cases/{world.case.pk}"
    twin = person_add(case=world.case, user=aov, first_name="Milan", last_name="Teststraat")
    milan = world.persons["kind"]
    merged = api.post(
        f"{base}/persons/{milan.pk}/merge/",
        {"other": twin.pk, "other_version": 1, "version": 1, "reason": "Dubbel"},
        format="json",
    )
    assert merged.status_code == 200, merged.content
    removed = api.post(
        f"{base}/persons/{milan.pk}/remove/", {"version": 2, "reason": "Fout"}, format="json"
    )
    assert removed.json() == {"relations_removed": 1}
    # A person of another case cannot be merged in: it is not found in this one.
    outsider = api.post(
        f"{base}/persons/{world.persons['opa'].pk}/merge/",
        {"other": 999999, "other_version": 1, "version": 1, "reason": "x"},
        format="json",
    )
    assert outsider.status_code == 400


def test_a_vierhoek_member_cannot_correct_through_the_api(world: World) -> None:
    api = api_client(world.users["burgemeester"])
    anna = world.persons["moeder"]
    response = api.patch(
        f"/api/cases/{world.case.pk}/persons/{anna.pk}/",
        {"alias": "X", "version": 1, "reason": "x"},
        format="json",
    )
    assert response.status_code in (403, 404)
    anna.refresh_from_db()
    assert anna.alias == ""
