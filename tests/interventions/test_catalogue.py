"""The intervention catalogue: its seed, its pages, its API and its versions."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client

from interventions.catalogue import CatalogueError, catalogue_entries, catalogue_load
from interventions.models import Decider, Intervention, InterventionVersion, Kind
from interventions.services import intervention_keep_version
from partners.models import Role, User
from tests.conftest import api_client, verified_client
from tests.partners.factories import UserFactory

pytestmark = pytest.mark.django_db

CLOSURE = "Sluiting woning wegens drugs (art. 13b Opiumwet)"


ENTRIES = catalogue_entries()


def test_the_catalogue_is_seeded_with_real_entries() -> None:
    assert Intervention.objects.count() == len(ENTRIES) >= 40
    kinds = set(Intervention.objects.values_list("kind", flat=True))
    assert kinds == set(Kind.values)
    for formal in Intervention.objects.filter(kind=Kind.FORMAL):
        # Every formal instrument has a legal basis and says who decides.
        # (An act whose article and BWBR id could not yet be verified names only the act.)
        assert formal.legal_law, formal.name
        if formal.legal_url:
            assert formal.legal_article, formal.name
            assert formal.legal_url.startswith("https://wetten.overheid.nl/BWBR"), formal.name
        assert formal.deciders and set(formal.deciders) <= set(Decider.values), formal.name
        assert formal.conditions.count() >= 2, formal.name
    closure = Intervention.objects.get(name=CLOSURE)
    assert (closure.legal_law, closure.legal_article) == ("Opiumwet", "art. 13b")
    assert closure.lighter_alternatives.exists()
    assert Intervention.objects.exclude(origin="nl").count() >= 3


def test_the_seed_leaves_edited_entries_alone_and_adds_missing_ones() -> None:
    closure = Intervention.objects.get(name=CLOSURE)
    closure.summary = "Aangepast door de functioneel beheerder."
    closure.save()
    Intervention.objects.filter(slug=ENTRIES[-1]["slug"]).delete()
    loaded = catalogue_load()
    assert loaded.created == [ENTRIES[-1]["slug"]] and loaded.updated == []
    closure.refresh_from_db()
    assert closure.summary == "Aangepast door de functioneel beheerder."
    assert Intervention.objects.count() == len(ENTRIES)


def test_no_migration_imports_the_catalogue_content() -> None:
    from pathlib import Path

    migrations = Path(__file__).resolve().parents[2] / "interventions" / "migrations"
    for migration in migrations.glob("*.py"):
        assert "interventions.catalogue" not in migration.read_text(), migration.name


def test_a_bad_data_file_is_refused_with_where_and_what(tmp_path) -> None:
    broken = tmp_path / "catalogue.yaml"
    broken.write_text("entries:\n- slug: x\n  name: Alleen een naam\n")
    with pytest.raises(CatalogueError, match="x: fields missing"):
        catalogue_entries(broken)
    entry = dict(ENTRIES[0], slug="nieuw", name="Nieuw", kind="onbekend", combined_with=[])
    import yaml

    broken.write_text(yaml.safe_dump({"entries": [entry]}, allow_unicode=True))
    with pytest.raises(CatalogueError, match="lighter_alternatives names unknown"):
        catalogue_entries(broken)
    entry["lighter_alternatives"] = []
    broken.write_text(yaml.safe_dump({"entries": [entry]}, allow_unicode=True))
    with pytest.raises(CatalogueError, match="nieuw: .*kind"):
        catalogue_load(broken)
    assert not Intervention.objects.filter(slug="nieuw").exists()


@pytest.fixture
def aov(db: None) -> User:
    return UserFactory.create(username="aov-catalogus", role=Role.AOV)


def test_catalogue_page_filters_and_searches(aov: User, django_assert_max_num_queries) -> None:
    client = verified_client(aov)
    with django_assert_max_num_queries(10):
        page = client.get("/interventies/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "betekenis 1: formeel instrument" in html and "betekenis 2: informele actie" in html
    found = client.get("/interventies/", {"q": "13b"}).content.decode()
    assert CLOSURE in found
    formal = client.get("/interventies/", {"kind": "formeel", "decider": "burgemeester"})
    assert CLOSURE in formal.content.decode()
    informal = client.get("/interventies/", {"kind": "informeel"}).content.decode()
    assert CLOSURE not in informal and "betekenis 2" in informal
    nothing = client.get("/interventies/", {"q": "zzqqxx"}).content.decode()
    assert "Geen interventies gevonden" in nothing
    bad = client.get("/interventies/", {"kind": "onzin", "domain": "x"})
    assert bad.status_code == 200  # a bad filter is ignored, not an error


def test_detail_page_shows_basis_conditions_and_alternatives(
    aov: User, django_assert_max_num_queries
) -> None:
    closure = Intervention.objects.get(name=CLOSURE)
    client = verified_client(aov)
    with django_assert_max_num_queries(16):
        page = client.get(f"/interventies/{closure.slug}/")
    html = page.content.decode()
    assert page.status_code == 200
    assert closure.legal_url in html and "art. 13b Opiumwet" in html
    for condition in closure.conditions.all():
        assert condition.text in html
    lighter = closure.lighter_alternatives.first()
    assert lighter is not None and f"/interventies/{lighter.slug}/" in html
    assert "nog niet in een casus ingezet" in html
    assert client.get("/interventies/bestaat-niet/").status_code == 404


def test_glossary_explains_both_meanings(aov: User) -> None:
    html = verified_client(aov).get("/interventies/begrippen/").content.decode()
    assert "Taal is belangrijk" in html
    assert "betekenis 1" in html and "betekenis 2" in html


def test_catalogue_needs_an_account(client: Client) -> None:
    assert client.get("/interventies/").status_code == 302
    assert client.get("/api/interventions/").status_code in (401, 403)


def test_api_lists_and_filters_the_catalogue(aov: User, django_assert_max_num_queries) -> None:
    api = api_client(aov)
    with django_assert_max_num_queries(6):
        listed = api.get("/api/interventions/?kind=formeel&page_size=100").json()
    assert listed["count"] == Intervention.objects.filter(kind="formeel").count()
    assert all(item["kind"] == "formeel" for item in listed["results"])
    closure = Intervention.objects.get(name=CLOSURE)
    with django_assert_max_num_queries(9):
        detail = api.get(f"/api/interventions/{closure.slug}/").json()
    assert detail["legal_article"] == "art. 13b"
    assert detail["conditions"] == list(closure.conditions.values_list("text", flat=True))
    assert api.get("/api/interventions/", {"q": "huisverbod"}).json()["count"] >= 1


def test_a_change_keeps_the_old_text() -> None:
    manager = UserFactory.create(username="fb", role=Role.FUNCTIONAL_MANAGER)
    closure = Intervention.objects.get(name=CLOSURE)
    old_summary = closure.summary
    with pytest.raises(PermissionDenied):
        intervention_keep_version(
            intervention=closure, user=UserFactory.create(username="x", role=Role.AOV)
        )
    closure.version = intervention_keep_version(intervention=closure, user=manager)
    closure.summary = "Nieuwe tekst."
    closure.save()
    kept = InterventionVersion.objects.get(intervention=closure, version=1)
    assert kept.content["summary"] == old_summary
    assert kept.content["conditions"] == list(closure.conditions.values_list("text", flat=True))
    assert closure.version == 2


def test_only_the_functional_manager_edits_the_catalogue_in_the_admin() -> None:
    manager = UserFactory.create(username="beheer", role=Role.FUNCTIONAL_MANAGER, is_staff=True)
    aov = UserFactory.create(username="aov-admin", role=Role.AOV, is_staff=True)
    closure = Intervention.objects.get(name=CLOSURE)
    client = verified_client(manager)
    form = client.get(f"/beheer/interventions/intervention/{closure.pk}/change/")
    assert form.status_code == 200
    assert 'name="_save"' in form.content.decode()
    # The AOV'er (also staff) reads the entry on the catalogue's pages, not in the admin,
    # which is where things are kept.
    other = verified_client(aov)
    assert other.get(f"/beheer/interventions/intervention/{closure.pk}/change/").status_code == 403
    refused = other.post(f"/beheer/interventions/intervention/{closure.pk}/change/", {})
    assert refused.status_code == 403
    assert other.get(f"/interventies/{closure.slug}/").status_code == 200
    # Nobody deletes an entry: cases refer to it and its old text must stay.
    delete = client.post(f"/beheer/interventions/intervention/{closure.pk}/delete/")
    assert delete.status_code == 403
    assert Intervention.objects.filter(pk=closure.pk).exists()


def test_an_edit_in_the_admin_keeps_the_old_version_and_whole_lines() -> None:
    manager = UserFactory.create(username="beheerder", role=Role.FUNCTIONAL_MANAGER, is_staff=True)
    closure = Intervention.objects.get(name=CLOSURE)
    old_summary = closure.summary
    conditions = list(closure.conditions.all())
    sources = list(closure.sources.all())
    url = f"/beheer/interventions/intervention/{closure.pk}/change/"
    data: dict[str, object] = {
        "slug": closure.slug,
        "name": closure.name,
        "kind": closure.kind,
        "characters": closure.characters,
        "summary": "Aangescherpt door de functioneel beheerder.",
        "description": closure.description,
        "legal_law": closure.legal_law,
        "legal_article": closure.legal_article,
        "legal_url": closure.legal_url,
        "deciders": closure.deciders,
        "domains": [domain.pk for domain in closure.domains.all()],
        "life_areas": "\n".join(closure.life_areas),
        "information_needed": "\n".join(closure.information_needed),
        "typical_duration": closure.typical_duration,
        "lighter_alternatives": [item.pk for item in closure.lighter_alternatives.all()],
        "combined_with": [item.pk for item in closure.combined_with.all()],
        "safety_notes": closure.safety_notes,
        "pyramid_level": closure.pyramid_level,
        "origin": closure.origin,
        "origin_note": closure.origin_note,
        "authority": closure.authority,
        "remedy_route": closure.remedy_route,
        "remedies": closure.remedies,
        "view_requirement": closure.view_requirement,
        "view_note": closure.view_note,
        "conditions-TOTAL_FORMS": len(conditions),
        "conditions-INITIAL_FORMS": len(conditions),
        "conditions-MIN_NUM_FORMS": 0,
        "conditions-MAX_NUM_FORMS": 1000,
        "sources-TOTAL_FORMS": len(sources) + 1,
        "sources-INITIAL_FORMS": len(sources),
        "sources-MIN_NUM_FORMS": 0,
        "sources-MAX_NUM_FORMS": 1000,
        "reviews-TOTAL_FORMS": 0,
        "reviews-INITIAL_FORMS": 0,
        "reviews-MIN_NUM_FORMS": 0,
        "reviews-MAX_NUM_FORMS": 1000,
        "versions-TOTAL_FORMS": 0,
        "versions-INITIAL_FORMS": 0,
        "versions-MIN_NUM_FORMS": 0,
        "versions-MAX_NUM_FORMS": 1000,
        "_save": "Opslaan",
    }
    for index, condition in enumerate(conditions):
        data[f"conditions-{index}-id"] = condition.pk
        data[f"conditions-{index}-intervention"] = closure.pk
        data[f"conditions-{index}-position"] = condition.position
        data[f"conditions-{index}-text"] = condition.text
    for index, source in enumerate(sources):
        data[f"sources-{index}-id"] = source.pk
        data[f"sources-{index}-intervention"] = closure.pk
        for name in ("position", "kind", "title", "bwbr_id", "article", "ecli", "url"):
            data[f"sources-{index}-{name}"] = getattr(source, name)
        data[f"sources-{index}-checked_on"] = source.checked_on or ""
    # A ruling is added with its ECLI; one with a malformed ECLI would be refused.
    new = len(sources)
    data[f"sources-{new}-intervention"] = closure.pk
    data[f"sources-{new}-position"] = new + 1
    data[f"sources-{new}-kind"] = "uitspraak"
    data[f"sources-{new}-title"] = "ABRvS, sluiting woning, overzichtsuitspraak"
    data[f"sources-{new}-ecli"] = "ECLI:NL:RVS:2019:2912"
    data[f"sources-{new}-checked_on"] = "2026-11-29"
    response = verified_client(manager).post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    closure.refresh_from_db()
    assert closure.summary == "Aangescherpt door de functioneel beheerder."
    assert closure.version == 2 and closure.updated_by == manager
    added = closure.sources.order_by("-id")[0]
    assert added.citation == "ABRvS, sluiting woning, overzichtsuitspraak (ECLI:NL:RVS:2019:2912)"
    kept = InterventionVersion.objects.get(intervention=closure, version=1)
    assert kept.content["summary"] == old_summary and kept.saved_by == manager
    # The version keeps the sources of then (without the ruling added now).
    assert len(kept.content["sources"]) == len(sources)
    # The old text can be read, as a case weighed against it may need.
    reader = verified_client(UserFactory.create(username="lezer", role=Role.PARTNER_PROFESSIONAL))
    old = reader.get(f"/interventies/{closure.slug}/versie/1/")
    assert old.status_code == 200 and old_summary in old.content.decode()
    assert "U leest versie 1" in old.content.decode()
    current = reader.get(f"/interventies/{closure.slug}/")
    assert f'href="/interventies/{closure.slug}/versie/1/"' in current.content.decode()
    assert reader.get(f"/interventies/{closure.slug}/versie/2/").status_code == 302
    assert reader.get(f"/interventies/{closure.slug}/versie/9/").status_code == 404
