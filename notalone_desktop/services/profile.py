"""The NGO profile a branded build ships (resources/profile.toml), applied once at the family's first run.

Applying sets the family's language and country (only if the family was not set up yet) and adds the contacts
the NGO recommends. It happens once per data dir: the setting `profile.applied` remembers it, so whatever the
family changes afterwards is never overwritten at a later start.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from notalone_desktop.core.errors import ValidationError
from notalone_desktop.core.phone import digits_of
from notalone_desktop.core.profile import Profile, ProfileContact
from notalone_desktop.services.contacts import ContactInput
from notalone_desktop.services.content import PROFILE_FILE as PROFILE_FILE  # where a branded build keeps it
from notalone_desktop.services.overview import PROFILE_APPLIED_SETTING as APPLIED_SETTING

if TYPE_CHECKING:
    from notalone_desktop.services import Services

log = logging.getLogger(__name__)


def apply_profile_once(services: Services, profile: Profile) -> bool:
    """Apply `profile` to the family unless a profile was applied to this data dir before; True if it was applied.

    Language and country are set only while the family is not set up (the first-run wizard then starts from
    them); contacts are added in any case, except numbers the family already has.
    """
    if services.settings.get(APPLIED_SETTING) is not None:
        return False
    if not services.family.info().setup_done:
        services.family.update(language=profile.language, country=profile.country)
    language = services.family.info().language
    known = {phone.number for contact in services.contacts.contacts() for phone in contact.phones}
    for index, contact in enumerate(profile.contacts):
        if contact.number in known:
            continue
        _add_contact(services, profile, contact, index, language)
        known.add(contact.number)
    services.family.update(profile=profile.key)
    # Last, so that a start interrupted half-way applies the profile again (known numbers are skipped then).
    services.settings.set(APPLIED_SETTING, {"profile": profile.key, "organisation": profile.organisation.name})
    log.info("NGO profile %s applied", profile.key)
    return True


def apply_shipped_profile(services: Services) -> bool:
    """What the app calls at start: apply this build's profile, if it has one and it was not applied yet."""
    profile = services.content.profile
    return profile is not None and apply_profile_once(services, profile)


def _add_contact(services: Services, profile: Profile, contact: ProfileContact, index: int, language: str) -> None:
    data = ContactInput(
        name=contact.name,
        # What the contact is to the family: the organisation that recommends it; its purpose goes in the note.
        relationship=profile.organisation.name,
        phones=(contact.number,),
        note=profile.text(contact.purpose, language),
        pinned=contact.pinned,
    )
    try:
        services.contacts.add(data)
        return
    except ValidationError as exc:
        refusal = exc
    # The contacts service takes full numbers only. A short code such as 111 that is one of the country's
    # helplines is already in "Get help now"; pinning it puts it first there, which is what the NGO asks for.
    for entry in services.contacts.helpline_entries():
        if entry.line.number and digits_of(entry.line.number) == digits_of(contact.number):
            services.contacts.pin_helpline(entry.line.key, True)
            return
    # Logged without the name or number: contacts are the family's data once added.
    log.warning("profile contact %d was not added: %s", index, getattr(refusal, "code", type(refusal).__name__))
