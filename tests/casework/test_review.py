"""The gezagsvierhoek's review of a plan: decisions bound to the version and its SHA-256, a new
version voiding them, who may see and decide what, the variants, the outcome rules and keeping
the seats with four eyes."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils import timezone

from casework.models import Case, CaseIntervention, CaseStatus, Person, StatusChange
from casework.review.models import (
    InstrumentDecision,
    MemberDecision,
    Submission,
    SubmissionStatus,
    Variant,
)
from casework.review.selectors import fingerprint, queue, submission
from casework.review.sending import _directors
from casework.review.services import (
    DecisionInput,
    decision_record,
    mayor_instruments,
    submission_create,
)
from documents.jobs import job_done
from documents.models import DocumentJob
from documents.rendering import Pdf, store
from partners.models import AdminRequest, Role, Seat, User, Vierhoek
from partners.services import admin_request_decide, admin_request_seat
from tests.casework.plan_world import PROBLEM, network_names, submit_until
from tests.casework.review_world import ReviewWorld, agreed, build, put_before
from tests.conftest import reader, verified_client
from tests.partners.factories import UserFactory
from tests.world import World
from workflow.locking import Conflict

pytestmark = pytest.mark.django_db


def decide(r: ReviewWorld, key: str, given: DecisionInput | None = None) -> MemberDecision:
    return decision_record(
        submission=r.submission, user=r.user(key), sha256=r.version.sha256, given=given or agreed()
    )


def all_four(r: ReviewWorld) -> None:
    for key in ("burgemeester", "wethouder", "officier", "politiechef"):
        decide(r, key)


def test_a_decision_is_bound_to_the_version_and_its_hash(review_world: ReviewWorld) -> None:
    r = review_world
    with pytest.raises(Conflict):
        decision_record(
            submission=r.submission, user=r.user("wethouder"), sha256="0" * 64, given=agreed()
        )
    assert not MemberDecision.objects.exists()
    made = decide(r, "wethouder")
    assert (made.plan_version_id, made.sha256, made.seat) == (
        r.version.pk,
        r.version.sha256,
        Role.ALDERMAN,
    )
    assert r.submission.sha256 == r.version.sha256
    # A decision is never changed, by the model nor by any client of the database.
    with pytest.raises(ValueError):
        made.save()
    with pytest.raises(Exception, match="cannot be changed"):
        MemberDecision.objects.filter(pk=made.pk).update(verdict="opmerking")


def test_a_new_version_voids_the_earlier_decisions(review_world: ReviewWorld) -> None:
    r = review_world
    decide(r, "wethouder")
    decide(r, "burgemeester")
    assert [s.pk for s in queue(reader(r.user("officier")))] == [r.submission.pk]
    submit_until(r.world, r.version.plan, 2)
    r.submission.refresh_from_db()
    assert r.submission.status == SubmissionStatus.VOID
    assert list(queue(reader(r.user("officier")))) == []
    with pytest.raises(Conflict, match="vervallen"):
        decide(r, "officier")
    # The new version asks for new decisions: put before the vierhoek, nobody has decided.
    newer = r.version.plan.versions.get(number=2)
    again = put_before(r.world, newer, r.meeting)
    assert again.sha256 == newer.sha256 != r.version.sha256
    assert not again.decisions.exists()


def test_four_agreements_adopt_the_plan_and_move_the_case_on(review_world: ReviewWorld) -> None:
    r = review_world
    Case.objects.filter(pk=r.world.case.pk).update(status=CaseStatus.CASE_MEETING)
    decide(r, "burgemeester")
    decide(r, "officier")
    decide(r, "politiechef")
    r.submission.refresh_from_db()
    assert r.submission.status == SubmissionStatus.OPEN
    # The deputy decides for the wethouder's seat: the fourth agreement.
    made = decide(r, "wethouder_loco")
    assert made.as_deputy and made.seat == Role.ALDERMAN
    r.submission.refresh_from_db()
    assert r.submission.status == SubmissionStatus.ADOPTED
    case = Case.objects.get(pk=r.world.case.pk)
    assert case.status == CaseStatus.EXECUTION
    steps = StatusChange.objects.filter(case=case).order_by("pk")
    assert [s.to_status for s in steps][-2:] == [CaseStatus.ACTION_PLAN, CaseStatus.EXECUTION]
    last = steps.reverse()[0]
    assert last.changed_by == r.world.users["procesregisseur"]
    assert "vastgesteld door de gezagsvierhoek" in last.reason
    with pytest.raises(Conflict, match="vastgesteld"):
        decide(r, "wethouder")


def test_a_remark_leaves_the_outcome_open_and_agreement_needs_a_commitment(
    review_world: ReviewWorld,
) -> None:
    r = review_world
    decide(r, "officier", DecisionInput(verdict="opmerking", text="Let op de planning."))
    with pytest.raises(ValidationError) as refused:
        decide(r, "officier", DecisionInput(verdict="akkoord"))
    assert {"commitment", "commitment_by"} <= set(refused.value.message_dict)
    with pytest.raises(ValidationError):
        decide(r, "officier", DecisionInput(verdict="wijzigingen_gevraagd"))
    for key in ("burgemeester", "wethouder", "politiechef"):
        decide(r, key)
    r.submission.refresh_from_db()
    assert r.submission.status == SubmissionStatus.OPEN
    decide(r, "officier")
    r.submission.refresh_from_db()
    assert r.submission.status == SubmissionStatus.ADOPTED


def test_a_request_for_changes_sends_the_plan_back_with_the_remarks(
    review_world: ReviewWorld,
) -> None:
    r = review_world
    decide(r, "burgemeester")
    decide(
        r,
        "politiechef",
        DecisionInput(verdict="wijzigingen_gevraagd", text="Eerst een veiligheidsanalyse."),
    )
    r.submission.refresh_from_db()
    assert r.submission.status == SubmissionStatus.CHANGES
    with pytest.raises(Conflict, match="wijzigingen gevraagd"):
        decide(r, "wethouder")
    # The page says so, too, and the decision is not saved.
    page = verified_client(r.user("wethouder")).post(
        f"/beoordelen/{r.submission.pk}/",
        {"sha256": r.version.sha256, "verdict": "opmerking", "text": "Te laat"},
        follow=True,
    )
    assert "Over dit plan wordt niet meer besloten" in page.content.decode()
    assert not MemberDecision.objects.filter(text="Te laat").exists()
    # The version on which changes were asked is not put before the vierhoek again.
    with pytest.raises(ValidationError, match="wijzigingen gevraagd"):
        put_before(r.world, r.version, r.meeting)
    # The procesregisseur and the casusregisseur's partner read the remark with the plan.
    for key in ("procesregisseur", "aov"):
        page = verified_client(r.world.users[key]).get(
            f"/casussen/{r.world.case.pk}/plan/beoordeling/"
        )
        assert page.status_code == 200
        assert "Eerst een veiligheidsanalyse." in page.content.decode()
        assert "Wijzigingen gevraagd" in page.content.decode()
    # The draft stays editable and a new version can go before the vierhoek again.
    submit_until(r.world, r.version.plan, 2)
    put_before(r.world, r.version.plan.versions.get(number=2), r.meeting)


def test_a_member_decides_only_on_what_is_before_their_vierhoek(
    review_world: ReviewWorld,
) -> None:
    r = review_world
    elsewhere = r.user("burgemeester_elders")
    with pytest.raises(Http404):
        submission(reader(elsewhere), r.submission.pk)
    with pytest.raises(PermissionDenied):
        decide(r, "burgemeester_elders")
    assert list(queue(reader(elsewhere))) == []
    # Nor anyone without a seat, case worker or not.
    for key in ("procesregisseur", "ketenpartner_zorg"):
        with pytest.raises(PermissionDenied):
            decide(r, key)
    # A seat taken away takes the sight with it.
    Seat.objects.filter(member=r.user("politiechef")).delete()
    with pytest.raises(Http404):
        submission(reader(r.user("politiechef")), r.submission.pk)


def _pdf(text: str) -> Pdf:
    return Pdf(content=f"%PDF-1.7 {text}".encode(), pages=1)


def _make_pdfs(r: ReviewWorld) -> None:
    for job in DocumentJob.objects.filter(subject_id=r.version.pk):
        pdf = _pdf(job.variant)
        job_done(job, name=store(job.kind, pdf), pdf=pdf)


def test_the_member_reads_the_variant_chosen_and_no_other(review_world: ReviewWorld) -> None:
    r = review_world
    _make_pdfs(r)
    member = verified_client(r.user("wethouder"))
    pdf = member.get(f"/beoordelen/{r.submission.pk}/pdf/")
    assert pdf.status_code == 200 and pdf["Cache-Control"] == "no-store"
    assert b"gepseudonimiseerd" in b"".join(pdf.streaming_content)  # type: ignore[attr-defined]
    page = member.get(f"/beoordelen/{r.submission.pk}/").content.decode()
    assert all(name not in page for name in network_names(r.world) if len(name) > 3)
    api = member.get(f"/api/submissions/{r.submission.pk}/")
    assert api.status_code == 200
    assert r.world.case.title not in api.content.decode()
    # The full variant put before them: the full PDF.
    Submission.objects.filter(pk=r.submission.pk).update(
        variant=Variant.FULL, reason="Sluiting (art. 13b Opiumwet)"
    )
    pdf = member.get(f"/beoordelen/{r.submission.pk}/pdf/")
    assert b"volledig" in b"".join(pdf.streaming_content)  # type: ignore[attr-defined]
    assert PROBLEM not in page


def test_the_full_variant_needs_a_reason(world: World) -> None:
    r = build(world)
    Submission.objects.filter(pk=r.submission.pk).update(status=SubmissionStatus.VOID)
    with pytest.raises(ValidationError) as refused:
        submission_create(
            user=world.users["procesregisseur"],
            version=r.version,
            meeting=r.meeting,
            variant=Variant.FULL,
            reason="  ",
            deadline=timezone.localdate() + datetime.timedelta(days=3),
        )
    assert "reason" in refused.value.message_dict


def test_only_the_procesregisseur_of_the_case_puts_a_plan_before_the_vierhoek(
    review_world: ReviewWorld,
) -> None:
    r = review_world
    Submission.objects.all().delete()
    for key in ("aov", "wethouder", "voorzitter", "ketenpartner_zorg"):
        with pytest.raises(PermissionDenied):
            submission_create(
                user=r.world.users[key],
                version=r.version,
                meeting=r.meeting,
                variant=Variant.PSEUDONYMISED,
                reason="",
                deadline=timezone.localdate(),
            )
    put_before(r.world, r.version, r.meeting)
    assert r.meeting.items.filter(case=r.world.case).exists()
    with pytest.raises(ValidationError):
        put_before(r.world, r.version, r.meeting)


def test_the_mayors_decisions_on_formal_instruments_are_linked_to_their_course(
    review_world: ReviewWorld,
) -> None:
    r = review_world
    closure = mayor_instruments(r.submission)
    assert [item.intervention.slug for item in closure] == ["sluiting-woning-drugs"]
    with pytest.raises(ValidationError):
        decide(
            r,
            "wethouder",
            DecisionInput(verdict="opmerking", text="Ja", instruments={closure[0].pk: "toepassen"}),
        )
    given = agreed("Sluiting voorbereiden")
    made = decide(
        r,
        "burgemeester",
        DecisionInput(
            verdict=given.verdict,
            commitment=given.commitment,
            instruments={closure[0].pk: "toepassen"},
        ),
    )
    linked = InstrumentDecision.objects.get(decision=made)
    assert linked.case_intervention == closure[0]
    assert list(CaseIntervention.objects.get(pk=closure[0].pk).vierhoek_decisions.all()) == [linked]


def test_a_seat_is_given_with_four_eyes(review_world: ReviewWorld) -> None:
    r = review_world
    first = r.world.users["functioneel_beheerder"]
    second = UserFactory.create(
        username="beheerder2",
        organisation=r.world.organisations["zvh"],
        role=Role.FUNCTIONAL_MANAGER,
    )
    newcomer = UserFactory.create(
        username="wethouder_nieuw",
        organisation=r.world.organisations["gemeente"],
        role=Role.ALDERMAN,
    )
    with pytest.raises(ValidationError):
        admin_request_seat(
            requester=first,
            vierhoek=r.vierhoek,
            seat=Role.ALDERMAN,
            member=r.world.users["aov"],  # not an alderman
            deputy=None,
            reason="Nieuwe wethouder",
        )
    asked = admin_request_seat(
        requester=first,
        vierhoek=r.vierhoek,
        seat=Role.ALDERMAN,
        member=newcomer,
        deputy=r.deputy,
        reason="Nieuwe wethouder na de verkiezingen",
    )
    assert Seat.objects.get(vierhoek=r.vierhoek, role=Role.ALDERMAN).member == r.user("wethouder")
    with pytest.raises(PermissionDenied):
        admin_request_decide(decider=first, request=asked, approve=True)
    admin_request_decide(decider=second, request=asked, approve=True)
    assert Seat.objects.get(vierhoek=r.vierhoek, role=Role.ALDERMAN).member == newcomer
    assert AdminRequest.objects.get(pk=asked.pk).status == "goedgekeurd"
    # The old wethouder no longer sees what lies before the vierhoek; the new one does.
    with pytest.raises(Http404):
        submission(reader(r.user("wethouder")), r.submission.pk)
    assert submission(reader(newcomer), r.submission.pk) == r.submission


def test_the_start_page_lists_what_awaits_the_members_decision(review_world: ReviewWorld) -> None:
    r = review_world
    link = f'href="/beoordelen/{r.submission.pk}/"'
    for key in ("wethouder", "wethouder_loco"):
        page = verified_client(r.user(key)).get("/").content.decode()
        assert "Ter beoordeling" in page and link in page
    assert link not in verified_client(r.user("burgemeester_elders")).get("/").content.decode()
    assert "Ter beoordeling" not in verified_client(r.user("aov")).get("/").content.decode()
    decide(r, "wethouder")
    all_four(r)
    assert link not in verified_client(r.user("wethouder")).get("/").content.decode()


def test_a_seat_holder_who_lost_the_seats_role_no_longer_acts_for_it(
    review_world: ReviewWorld,
) -> None:
    r = review_world
    wethouder = r.user("wethouder")
    wethouder.groups.set([Group.objects.get(name=Role.MAYOR.group_name)])
    wethouder = User.objects.get(pk=wethouder.pk)
    with pytest.raises(Http404):
        submission(reader(wethouder), r.submission.pk)
    with pytest.raises(PermissionDenied):
        decision_record(
            submission=r.submission, user=wethouder, sha256=r.version.sha256, given=agreed()
        )
    # Her deputy still acts for the seat.
    assert submission(reader(r.user("wethouder_loco")), r.submission.pk) == r.submission


def test_one_vierhoekoverleg_holds_the_plans_of_one_vierhoek(review_world: ReviewWorld) -> None:
    r = review_world
    elders = Vierhoek.objects.get(name="Gezagsvierhoek Elders")
    Submission.objects.filter(pk=r.submission.pk).update(
        vierhoek=elders, status=SubmissionStatus.VOID
    )
    with pytest.raises(ValidationError, match="andere gezagsvierhoek"):
        put_before(r.world, r.version, r.meeting)


def test_the_besluitenlijst_is_made_again_when_a_name_it_hides_is_added(
    review_world: ReviewWorld,
) -> None:
    r = review_world
    before = fingerprint(r.meeting)
    assert fingerprint(r.meeting) == before
    Person.objects.create(
        case=r.world.case, first_name="Gijs", last_name="Nieuwkomer", added_by=r.world.users["aov"]
    )
    assert fingerprint(r.meeting) != before


def test_the_outcome_is_mailed_only_to_who_may_open_it(review_world: ReviewWorld) -> None:
    r = review_world
    outsider = r.world.users["ketenpartner_buiten"]
    Case.objects.filter(pk=r.world.case.pk).update(case_director=outsider)
    r.submission.refresh_from_db()
    assert _directors(r.submission) == [r.world.users["procesregisseur"].email]
