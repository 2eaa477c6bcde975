"""Plans of action: the draft, its guards, submitting immutable versions, the pseudonymised
variant, comparing versions, and who may do what through pages and the API."""

import json
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import DatabaseError, connection, transaction
from django.test.utils import CaptureQueriesContext

from casework.plans.models import PlanVersion
from casework.plans.presentation import PlanView, compare
from casework.plans.services import (
    FULL,
    PSEUDONYMISED,
    plan_missing,
    plan_of,
    plan_save,
    plan_submit,
)
from casework.plans.snapshot import digest, pseudonymised
from casework.services import case_update
from documents.models import DocumentJob
from partners.models import AccessLog, ReadPath
from tests.casework.plan_world import (
    closure,
    complete_plan,
    content,
    network_names,
    submit_until,
    submitted,
)
from tests.conftest import api_client, verified_client
from tests.world import World
from workflow.locking import Conflict

pytestmark = pytest.mark.django_db


def _names_in(text: str, names: list[str]) -> list[str]:
    return [n for n in names if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text, re.IGNORECASE)]


# --- The draft and its guards --------------------------------------------------------------


def test_an_empty_draft_says_in_dutch_what_is_missing(world: World) -> None:
    missing = plan_missing(plan_of(world.case))
    assert "Beschrijf het probleem zoals veiligheid en zorg het samen zien." in missing
    assert "Leg minstens één doel vast, met het leefgebied waar het om gaat." in missing
    assert "Kies de interventies die het plan inzet." in missing
    assert "Beschrijf voor Milan Teststraat hoe veiligheid en ontwikkeling geborgd worden." in (
        missing
    )
    assert "Spreek af wie de familie wat vertelt, en wanneer." in missing
    assert "Leg de inzet van Politie Testeenheid vast." in missing
    assert "Kies de datum van de evaluatie." in missing
    # No weighing found a risk yet: the safety section is not asked for.
    assert not [line for line in missing if "veiligheidsrisico" in line]


def test_the_safety_section_is_required_when_a_weighing_found_a_risk(world: World) -> None:
    plan = plan_of(world.case)
    plan_save(
        plan=plan,
        user=world.users["aov"],
        version=plan.version,
        content=content(
            world, [closure(world, risk="hoog")], safety_measures="", safety_checked_by=None
        ),
    )
    missing = plan_missing(plan)
    assert (
        "Een afweging vond een veiligheidsrisico voor de professionals: leg de maatregelen vast."
        in missing
    )
    assert "Geef aan welke partner de veiligheidsmaatregelen controleert." in missing


def test_with_only_low_risks_the_safety_section_may_stay_empty(world: World) -> None:
    plan = plan_of(world.case)
    plan_save(
        plan=plan,
        user=world.users["aov"],
        version=plan.version,
        content=content(
            world, [closure(world, risk="laag")], safety_measures="", safety_checked_by=None
        ),
    )
    assert plan_missing(plan) == []


def test_a_complete_draft_lacks_nothing(world: World) -> None:
    assert plan_missing(complete_plan(world)) == []


def test_a_save_on_an_old_version_is_refused_and_changes_nothing(world: World) -> None:
    plan = complete_plan(world)
    with pytest.raises(Conflict):
        plan_save(
            plan=plan,
            user=world.users["aov"],
            version=plan.version - 1,
            content=content(world, [], problem="Overschreven"),
        )
    plan.refresh_from_db()
    assert plan.problem.startswith("Hendrik")
    assert plan.actions.count() == 1


def test_rows_must_belong_to_the_case(world: World) -> None:
    plan = plan_of(world.case)
    adult = world.persons["moeder"]
    wrong_person = world.users["ketenpartner_zorg"]  # works for Veilig Thuis, not the gemeente
    with pytest.raises(ValidationError) as refused:
        plan_save(
            plan=plan,
            user=world.users["aov"],
            version=plan.version,
            content=content(
                world,
                [closure(world)],
                children=[{"person": adult, "safety": "x", "development": "y", "secured_by": None}],
            ),
        )
    assert (
        "Het kinderdeel gaat alleen over minderjarigen uit dit netwerk." in refused.value.messages
    )
    item = closure(world)
    with pytest.raises(ValidationError) as refused:
        plan_save(
            plan=plan,
            user=world.users["aov"],
            version=plan.version,
            content=content(
                world,
                [],
                actions=[
                    {
                        "case_intervention": item,
                        "responsible": world.organisations["gemeente"],
                        "responsible_person": wrong_person,
                        "deadline": None,
                    }
                ],
            ),
        )
    assert any("werkt niet bij Gemeente Teststad" in m for m in refused.value.messages)


def test_only_the_directors_and_the_case_director_may_write_the_plan(world: World) -> None:
    plan = plan_of(world.case)
    professional = world.users["ketenpartner_zorg"]
    with pytest.raises(Exception) as refused:
        plan_save(plan=plan, user=professional, version=plan.version, content=content(world, []))
    assert type(refused.value).__name__ == "PermissionDenied"
    case = world.case
    case_update(
        case=case, user=world.users["aov"], version=case.version, case_director=professional
    )
    plan_save(plan=plan, user=professional, version=plan.version, content=content(world, []))


# --- Submitting: immutable, numbered, hashed --------------------------------------------------


def test_submitting_makes_a_numbered_version_with_the_hash_of_its_snapshot(world: World) -> None:
    version = submitted(world)
    assert version.number == 1
    assert version.sha256 == digest(version.snapshot)
    assert version.snapshot["case"]["number"] == world.case.number
    assert [i["name"] for i in version.snapshot["interventions"]] == [
        "Sluiting woning wegens drugs (art. 13b Opiumwet)"
    ]
    assert version.snapshot["interventions"][0]["legal_basis"] == "art. 13b Opiumwet"
    assert version.snapshot["safety"]["required"] is True
    # Both PDFs are asked for at once.
    assert set(
        DocumentJob.objects.filter(subject_id=version.pk).values_list("variant", flat=True)
    ) == {FULL, PSEUDONYMISED}
    plan = version.plan
    plan.refresh_from_db()
    with pytest.raises(ValidationError) as unchanged:
        plan_submit(plan=plan, user=world.users["aov"], version=plan.version)
    assert unchanged.value.messages == ["Het concept is niet gewijzigd sinds versie 1."]
    plan_save(
        plan=plan,
        user=world.users["aov"],
        version=plan.version,
        content=content(world, [plan.actions.get().case_intervention], problem="Nieuw beeld."),
    )
    second = plan_submit(plan=plan, user=world.users["aov"], version=plan.version)
    assert second.number == 2
    assert second.sha256 != version.sha256


def test_an_incomplete_draft_cannot_be_submitted(world: World) -> None:
    plan = plan_of(world.case)
    with pytest.raises(ValidationError) as refused:
        plan_submit(plan=plan, user=world.users["aov"], version=plan.version)
    assert "Kies de datum van de evaluatie." in refused.value.messages
    assert not PlanVersion.objects.exists()


def test_a_submitted_version_cannot_change_in_the_service(world: World) -> None:
    version = submitted(world)
    version.snapshot["problem"] = "Herschreven"
    with pytest.raises(ValueError, match="cannot be changed"):
        version.save()


def test_the_database_refuses_to_change_a_submitted_version(world: World) -> None:
    version = submitted(world)
    with pytest.raises(DatabaseError, match="cannot be changed"), transaction.atomic():
        PlanVersion.objects.filter(pk=version.pk).update(sha256="0" * 64)
    version.refresh_from_db()
    assert version.sha256 == digest(version.snapshot)


def test_editing_the_draft_after_submitting_leaves_the_version_as_it_was(world: World) -> None:
    version = submitted(world)
    plan = version.plan
    plan.refresh_from_db()
    plan_save(
        plan=plan,
        user=world.users["aov"],
        version=plan.version,
        content=content(world, [], problem="Een nieuw beeld"),
    )
    version.refresh_from_db()
    assert version.snapshot["problem"].startswith("Hendrik")


# --- The pseudonymised variant ----------------------------------------------------------------


def test_the_pseudonymised_snapshot_holds_no_name_of_anyone_in_the_network(world: World) -> None:
    version = submitted(world)
    names = network_names(world)
    assert "Hendrik" in names and "De Baas" in names and "111222333" in names
    full = json.dumps(version.snapshot, ensure_ascii=False)
    assert _names_in(full, ["Hendrik", "Milan", "Anna", "De Baas"]) == [
        "Hendrik",
        "Milan",
        "Anna",
        "De Baas",
    ]
    hidden = pseudonymised(version.snapshot)
    text = json.dumps(hidden, ensure_ascii=False)
    assert _names_in(text, names) == []
    # Persons as role and initials, ages instead of birth dates, no addresses.
    labels = {p["label"] for p in hidden["network"]["persons"]}
    assert labels == {"ouder (H.T.)", "ouder (A.T.)", "kind (M.T.)"}
    assert all("birth_date" not in p for p in hidden["network"]["persons"])
    assert "kind (M.T.)" in hidden["problem"] and "[BSN]" in hidden["problem"]
    # Professionals as function and organisation only.
    assert hidden["interventions"][0]["person"] == {
        "function": "AOV'er",
        "organisation": "Gemeente Teststad",
    }


# --- Comparing versions -----------------------------------------------------------------------


def test_two_versions_compare_section_by_section(world: World) -> None:
    first = submitted(world)
    plan = first.plan
    plan.refresh_from_db()
    plan_save(
        plan=plan,
        user=world.users["aov"],
        version=plan.version,
        content=content(
            world, [plan.actions.get().case_intervention], problem="Een gedeeld nieuw beeld."
        ),
    )
    plan.refresh_from_db()
    second = plan_submit(plan=plan, user=world.users["aov"], version=plan.version)
    sections = {
        s.title: s
        for s in compare(
            PlanView(first.snapshot, 1, first.sha256), PlanView(second.snapshot, 2, second.sha256)
        )
    }
    assert sections["Beeldvorming"].changed
    assert sections["Beeldvorming"].rows[0][2] == "Een gedeeld nieuw beeld."
    assert not sections["Doelen"].changed


# --- Pages ------------------------------------------------------------------------------------


def test_the_procesregisseur_edits_the_plan_through_the_page(world: World) -> None:
    complete_plan(world)
    client = verified_client(world.users["procesregisseur"])
    page = client.get(f"/casussen/{world.case.pk}/plan/bewerken/")
    assert page.status_code == 200
    form = page.context["form"]
    data = {
        "version": form.initial["version"],
        "problem": "Samen gezien: een nieuw beeld.",
        "safety_measures": "Twee medewerkers.",
        "safety_checked_by": world.organisations["politie"].pk,
        "evaluation_on": "2099-01-01",
    }
    for formset in ("goals", "actions", "children", "messages_forms", "commitments"):
        bound = page.context[formset]
        data.update({f"{bound.prefix}-{k}": v for k, v in bound.management_form.initial.items()})
        for index, row in enumerate(bound.forms):
            for name, value in row.initial.items():
                data[f"{bound.prefix}-{index}-{name}"] = getattr(value, "pk", value) or ""
    response = client.post(f"/casussen/{world.case.pk}/plan/bewerken/", data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    plan = plan_of(world.case)
    assert plan.problem == "Samen gezien: een nieuw beeld."
    assert plan.goals.count() == 1 and plan.commitments.count() == 6
    # A second save on the same (now old) version is refused, and says so.
    stale = client.post(f"/casussen/{world.case.pk}/plan/bewerken/", data)
    assert stale.status_code == 409
    assert "Iemand anders heeft het plan intussen gewijzigd" in stale.content.decode()


def test_the_plan_page_submits_and_shows_the_version(world: World) -> None:
    plan = complete_plan(world)
    client = verified_client(world.users["procesregisseur"])
    page = client.get(f"/casussen/{world.case.pk}/plan/")
    assert "Indienen als versie 1" in page.content.decode()
    response = client.post(f"/casussen/{world.case.pk}/plan/indienen/", {"version": plan.version})
    assert response.status_code == 302
    assert response["Location"] == f"/casussen/{world.case.pk}/plan/versies/1/"
    version_page = client.get(response["Location"])
    assert "In de wachtrij" in version_page.content.decode()
    # A reload of the submit address shows the plan page instead of an empty 405.
    assert client.get(f"/casussen/{world.case.pk}/plan/indienen/").status_code == 302


def test_a_vierhoek_member_sees_only_the_pseudonymised_versions(world: World) -> None:
    version = submitted(world)
    client = verified_client(world.users["burgemeester"])
    page = client.get(f"/casussen/{world.case.pk}/plan/")
    assert page.status_code == 200
    body = page.content.decode()
    assert "Concept" not in body and "Plan bewerken" not in body
    detail = client.get(f"/casussen/{world.case.pk}/plan/versies/{version.number}/").content
    text = detail.decode()
    assert _names_in(text, network_names(world)) == []
    assert "kind (M.T.)" in text
    # Only the pseudonymised PDF is offered; the full one is refused, even by its address.
    assert f"/pdf/{FULL}/" not in text
    assert client.get(f"/casussen/{world.case.pk}/plan/versies/1/pdf/{FULL}/").status_code == 403
    assert client.get(f"/casussen/{world.case.pk}/plan/bewerken/").status_code == 403


def test_outsiders_see_no_plan_and_no_pdf(world: World) -> None:
    submitted(world)
    client = verified_client(world.users["ketenpartner_buiten"])
    for path in ("", "bewerken/", "versies/1/", f"versies/1/pdf/{PSEUDONYMISED}/"):
        assert client.get(f"/casussen/{world.case.pk}/plan/{path}").status_code == 404, path


def test_a_download_is_logged_and_not_cached(world: World, tmp_path: object) -> None:
    version = submitted(world)
    job = DocumentJob.objects.get(subject_id=version.pk, variant=PSEUDONYMISED)
    # A finished file, as the worker leaves it (the worker itself is tested with a real one).
    from documents.jobs import job_done
    from documents.rendering import Pdf, store

    pdf = Pdf(content=b"%PDF-1.7 test", pages=1)
    job_done(job, name=store("plan", pdf), pdf=pdf)
    client = verified_client(world.users["burgemeester"])
    before = AccessLog.objects.filter(read_path=ReadPath.PDF, username="burgemeester").count()
    response = client.get(f"/casussen/{world.case.pk}/plan/versies/1/pdf/{PSEUDONYMISED}/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "no-store"
    assert response.getvalue() == b"%PDF-1.7 test"
    logged = AccessLog.objects.filter(
        read_path=ReadPath.PDF, username="burgemeester", object_repr="Plan van aanpak versie 1"
    )
    assert logged.count() == before + 1


def test_plan_pages_keep_their_query_budget_whatever_the_versions(world: World) -> None:
    client = verified_client(world.users["procesregisseur"])
    counts: dict[str, list[int]] = {}
    pages = {
        "plan": (f"/casussen/{world.case.pk}/plan/", 30),
        "bewerken": (f"/casussen/{world.case.pk}/plan/bewerken/", 40),
        "versie": (f"/casussen/{world.case.pk}/plan/versies/1/", 20),
        "vergelijken": (f"/casussen/{world.case.pk}/plan/vergelijken/", 20),
    }
    plan = complete_plan(world)
    for versions in (2, 8):
        submit_until(world, plan, versions)
        for name, (path, _budget) in pages.items():
            client.get(path)
            with CaptureQueriesContext(connection) as queries:
                assert client.get(path).status_code == 200
            counts.setdefault(name, []).append(len(queries))
    assert {n: c for n, c in counts.items() if max(c) > pages[n][1] or c[0] != c[1]} == {}


def test_plan_endpoints_keep_their_query_budget_whatever_the_versions(world: World) -> None:
    api = api_client(world.users["procesregisseur"])
    base = f"/api/cases/{world.case.pk}/plan/"
    # Each budget holds the token check (two queries, as for every endpoint).
    endpoints = {
        "plan": (base, 30),
        "versions": (base + "versions/", 10),
        "version": (base + "versions/1/", 10),
        "documents": (base + "versions/1/documents/", 12),
    }
    plan = complete_plan(world)
    counts: dict[str, list[int]] = {}
    for versions in (2, 8):
        submit_until(world, plan, versions)
        for name, (path, _budget) in endpoints.items():
            api.get(path)
            with CaptureQueriesContext(connection) as queries:
                assert api.get(path).status_code == 200, path
            counts.setdefault(name, []).append(len(queries))
    over = {n: c for n, c in counts.items() if max(c) > endpoints[n][1] or c[0] != c[1]}
    assert over == {}


# --- API --------------------------------------------------------------------------------------


def test_the_api_reads_and_replaces_the_draft_with_optimistic_locking(world: World) -> None:
    plan = complete_plan(world)
    api = api_client(world.users["procesregisseur"])
    url = f"/api/cases/{world.case.pk}/plan/"
    read = api.get(url)
    assert read.status_code == 200
    assert read.json()["missing"] == []
    body = read.json()
    body["problem"] = "Via de API bijgewerkt."
    body.pop("missing")
    saved = api.put(url, body, format="json")
    assert saved.status_code == 200, saved.json()
    assert saved.json()["version"] == plan.version + 1
    stale = api.put(url, body, format="json")
    assert stale.status_code == 409
    # A person of another case is refused as if it did not exist.
    other = dict(body, version=saved.json()["version"])
    other["children"] = [{"person": 999999, "safety": "x", "development": "y"}]
    assert api.put(url, other, format="json").status_code == 400


def test_the_api_submits_and_lists_versions_and_their_documents(world: World) -> None:
    plan = complete_plan(world)
    api = api_client(world.users["procesregisseur"])
    base = f"/api/cases/{world.case.pk}/plan/"
    created = api.post(base + "submit/", {"version": plan.version}, format="json")
    assert created.status_code == 201
    assert created.json()["number"] == 1
    again = api.post(base + "submit/", {"version": plan.version}, format="json")
    assert again.status_code == 409
    listed = api.get(base + "versions/").json()
    assert [v["number"] for v in listed["results"]] == [1]
    detail = api.get(base + "versions/1/").json()
    assert detail["pseudonymised"] is False and "Hendrik" in detail["snapshot"]["problem"]
    documents = api.get(base + "versions/1/documents/").json()
    assert {d["variant"] for d in documents} == {FULL, PSEUDONYMISED}
    assert all(d["status"] == "wachtrij" and d["download"] is None for d in documents)
    again = api.post(base + f"versions/1/documents/{FULL}/")
    assert again.status_code == 202
    assert DocumentJob.objects.count() == 2  # the same job, not a second one
    compared = api.get(base + "versions/1/compare/1/").json()
    assert all(not s["changed"] for s in compared)


def test_the_api_gives_a_vierhoek_member_the_pseudonymised_version_only(world: World) -> None:
    submitted(world)
    api = api_client(world.users["wethouder"])
    base = f"/api/cases/{world.case.pk}/plan/"
    assert api.get(base).status_code == 404  # no draft for the vierhoek
    listed = api.get(base + "versions/").json()["results"]
    assert [(v["number"], v["pseudonymised"]) for v in listed] == [(1, True)]
    detail = api.get(base + "versions/1/").json()
    assert detail["pseudonymised"] is True
    assert _names_in(json.dumps(detail, ensure_ascii=False), network_names(world)) == []
    documents = api.get(base + "versions/1/documents/").json()
    assert [d["variant"] for d in documents] == [PSEUDONYMISED]
    assert api.get(base + f"versions/1/documents/{FULL}/download/").status_code == 403
    assert api.post(base + f"versions/1/documents/{FULL}/").status_code == 403
    outsider = api_client(world.users["ketenpartner_buiten"])
    assert outsider.get(base + "versions/1/").status_code == 404


def test_polling_the_progress_of_a_pdf_logs_no_read(world: World) -> None:
    submitted(world)
    client = verified_client(world.users["burgemeester"])
    before = AccessLog.objects.count()
    response = client.get(
        f"/casussen/{world.case.pk}/plan/versies/1/pdf/{PSEUDONYMISED}/voortgang/",
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert "In de wachtrij" in response.content.decode()
    assert AccessLog.objects.count() == before
    # The full variant is not polled by whom may not read it, nor any version of an outsider.
    full = f"/casussen/{world.case.pk}/plan/versies/1/pdf/{FULL}/voortgang/"
    assert client.get(full).status_code == 403
    outsider = verified_client(world.users["ketenpartner_buiten"])
    assert outsider.get(full).status_code == 404


def test_a_document_reads_nothing_from_the_disk_or_the_network() -> None:
    from documents.rendering import local_only

    fetcher = local_only()
    for address in ("file:///etc/hostname", "http://127.0.0.1/", "https://example.org/x.css"):
        with pytest.raises(ValueError, match="disallowed protocol"):
            fetcher.fetch(address)
    assert fetcher.fetch("data:text/plain;base64,aGFsbG8=").read() == b"hallo"
