"""The verification plan service: per child, the code word (a secret), the people to call in order, the places."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from notalone_desktop.services import open_services
from notalone_desktop.services.contacts import ContactInput
from notalone_desktop.services.plan import (
    CODE_WORD_MAX,
    CONTACTS_MAX,
    PLACE_MAX,
    PLACES_MAX,
    PlanInput,
    PlanProblem,
)

WORD = "hoa sen vàng 42"


def kid(services, name: str):  # type: ignore[no-untyped-def]
    return next(c for c in services.family.children() if c.nickname == name)


def contact_ids(services) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {c.name: c.id for c in services.contacts.contacts()}


def test_a_plan_is_saved_whole_and_read_back(demo_services) -> None:  # type: ignore[no-untyped-def]
    lan = kid(demo_services, "Lan")
    ids = contact_ids(demo_services)
    places = ("  Ký túc xá,   phòng 312 ", "", "Quán cà phê Hạ Long", "Quán cà phê Hạ Long")
    saved = demo_services.plan.save(lan.id, PlanInput(places, (ids["Thảo"], ids["Chú Hùng"], ids["Thảo"]), WORD))
    assert [c.name for c in saved.contacts] == ["Thảo", "Chú Hùng"]  # in order, each once
    assert saved.places == ("Ký túc xá, phòng 312", "Quán cà phê Hạ Long")  # tidied, blanks and repeats dropped
    assert saved.has_code_word and demo_services.plan.code_word(lan.id) == WORD
    # Without a code word in the input (the form never showed it), the stored one stays.
    again = demo_services.plan.save(lan.id, PlanInput(("Nhà bà ngoại",), (ids["Bà Hoa"],), None))
    assert demo_services.plan.code_word(lan.id) == WORD and again.places == ("Nhà bà ngoại",)
    assert [c.name for c in again.contacts] == ["Bà Hoa"]
    # An empty word clears it.
    cleared = demo_services.plan.save(lan.id, PlanInput((), (), "   "))
    assert not cleared.has_code_word and cleared.is_empty and demo_services.plan.code_word(lan.id) == ""


def test_every_child_has_a_plan_even_before_one_is_saved(demo_services) -> None:  # type: ignore[no-untyped-def]
    plans = demo_services.plan.plans()
    assert [p.nickname for p in plans] == [c.nickname for c in demo_services.family.children()]
    assert all(p.is_empty and p.updated_at is None for p in plans)


def test_the_code_word_is_in_no_dataclass_and_no_log_line(demo_services, caplog) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    lan = kid(demo_services, "Lan")
    ids = contact_ids(demo_services)
    saved = demo_services.plan.save(lan.id, PlanInput(("Ký túc xá",), (ids["Thảo"],), WORD))
    assert WORD not in repr(saved) and WORD not in repr(demo_services.plan.plans())
    with pytest.raises(PlanProblem) as raised:
        demo_services.plan.save(lan.id, PlanInput((), (), WORD + "\n" + WORD))
    assert WORD not in str(raised.value)
    demo_services.plan.code_word(lan.id)
    assert caplog.records, "the service logs what it did (without the details)"
    for record in caplog.records:
        assert WORD not in record.getMessage() and "Thảo" not in record.getMessage()


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (PlanInput(code_word="x" * (CODE_WORD_MAX + 1)), "code-word-long"),
        (PlanInput(code_word="two\nlines"), "code-word-lines"),
        (PlanInput(places=tuple(f"place {n}" for n in range(PLACES_MAX + 1))), "places-many"),
        (PlanInput(places=("ok", "y" * (PLACE_MAX + 1))), "place-long"),
        (PlanInput(contact_ids=(999_999,)), "contact-gone"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(demo_services, data: PlanInput, code: str) -> None:  # type: ignore[no-untyped-def]
    lan = kid(demo_services, "Lan")
    ids = contact_ids(demo_services)
    before = demo_services.plan.save(lan.id, PlanInput(("Ký túc xá",), (ids["Thảo"],), WORD))
    with pytest.raises(PlanProblem) as raised:
        demo_services.plan.save(lan.id, data)
    assert raised.value.code == code
    after = demo_services.plan.plan(lan.id)
    assert after == before and demo_services.plan.code_word(lan.id) == WORD


def test_too_many_people_and_a_child_no_longer_there_are_refused(services) -> None:  # type: ignore[no-untyped-def]
    child = services.family.add_child("An", 2005)
    ids = [services.contacts.add(ContactInput(f"Person {n}", "", (f"0912 345 60{n}",))).id for n in range(7)]
    assert len(ids) > CONTACTS_MAX
    with pytest.raises(PlanProblem) as raised:
        services.plan.save(child.id, PlanInput((), tuple(ids)))
    assert raised.value.code == "contacts-many"
    services.family.remove_child(child.id)
    with pytest.raises(PlanProblem) as gone:
        services.plan.save(child.id, PlanInput(("x",)))
    assert gone.value.code == "child-gone"


def test_deleting_a_contact_or_a_child_takes_it_out_of_the_plans(demo_services, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    lan, minh = kid(demo_services, "Lan"), kid(demo_services, "Minh")
    ids = contact_ids(demo_services)
    demo_services.plan.save(lan.id, PlanInput(("A",), (ids["Thảo"], ids["Chú Hùng"]), WORD))
    demo_services.plan.save(minh.id, PlanInput(("B",), (ids["Cô Mai"],), "minh"))
    demo_services.contacts.delete(ids["Thảo"])
    assert [c.name for c in demo_services.plan.plan(lan.id).contacts] == ["Chú Hùng"]
    demo_services.family.remove_child(minh.id)
    demo_services.family.purge_removed()
    demo_services.close()
    reopened = open_services(data_dir)
    try:
        assert [p.nickname for p in reopened.plan.plans()] == ["Lan", "Bông"]
        assert reopened.plan.code_word(minh.id) == ""  # purged with the child
        assert reopened.plan.code_word(lan.id) == WORD
    finally:
        reopened.close()
