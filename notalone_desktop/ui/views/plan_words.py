"""The safety plan's words for the child's age, on screen. A young child's plan (under 13) speaks of the adults
around the child (the school, the carer) and of the code word at pick-up; teenagers' of their friends and school;
young adults' of roommates, work and the landlord. The script itself, and which age gets the ransom script and the
advice about intimate images (13 and over), come from the printed plan (ui/sheets/plan_sheet.py: `age_group`,
`script_steps`, `texts`), so that the screen and the paper say the same. Texts keep the context "PlanView"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from notalone_desktop.ui.sheets.plan_sheet import age_group, texts

translate = QCoreApplication.translate


def group_of(band: str | None) -> str:
    """young (under 13), teen (13 to 17) or adult (18 to 22, and when the age is not known)."""
    return age_group(band)


def intro(group: str) -> str:
    if group == "young":
        return translate(
            "PlanView",
            "Scammers may call you pretending that your child is hurt, in trouble or has been taken, and demand "
            "money at once. Agree now how you will check, and keep the plan at hand: with it, a frightening call "
            "becomes a few calm steps.",
        )
    return translate(
        "PlanView",
        "Scammers may call you pretending that your child has been arrested or kidnapped, and demand money "
        "at once. Agree now how you will check, and keep the plan at hand: with it, a frightening call "
        "becomes a few calm steps.",
    )


def people_hint(group: str) -> str:
    """Who to tick; %1 is the most people a plan takes."""
    if group == "young":
        return translate(
            "PlanView",
            "Tick the adults who can check on your child quickly: the teacher, the school office, the carer, "
            "grandparents, the parents of friends. Put them in the order to call them (at most %1).",
        )
    if group == "teen":
        return translate(
            "PlanView",
            "Tick the people who can reach your child quickly: their friends, the parents of their friends, a "
            "teacher. Put them in the order to call them (at most %1).",
        )
    return translate(
        "PlanView",
        "Tick the people who can reach your child quickly: a roommate, a friend, a teacher, the landlord. "
        "Put them in the order to call them (at most %1).",
    )


def places_hint(group: str) -> tuple[str, str]:
    """(what to list, an example) for the places the child usually is."""
    if group == "young":
        return (
            translate("PlanView", "One place per line: kindergarten or school, after-school club, a relative's home."),
            translate("PlanView", "For example: Sunflower kindergarten, class B2"),
        )
    if group == "teen":
        return (
            translate("PlanView", "One place per line: school, extra classes, sports club, a friend's home."),
            translate("PlanView", "For example: English class on Tuesday evenings"),
        )
    return (
        translate("PlanView", "One place per line: school or university, dorm or room, work, a friend's home."),
        translate("PlanView", "For example: Dorm B, room 312"),
    )


def script_title(group: str, name: str) -> str:
    """The heading over the script: a young child's plan does not speak of ransom or police."""
    if group == "young":
        return texts()["script-young"].replace("%1", name)
    return translate("PlanView", "If a ransom or “police” message arrives")
