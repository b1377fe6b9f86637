"""Kinds left by tour55's newsroom-style probes (issue 17, fiftieth round): speaker labels with a party bracket,
titles glued between an organisation and a name, institutions that speak, company suffixes and short forms."""

from briefing.core.actors import extract_actors, extract_mentions
from tests.core.builders import make_article


def mentions(text: str) -> list[tuple[str, str | None, str]]:
    """Return (text, type, role) of each name mention of one made-up article."""
    return [(m.text, m.type, m.role) for m in extract_mentions(make_article([text])) if m.kind == "name"]


def actors(*paragraphs: str) -> dict[str, tuple[str, str, list[str]]]:
    """Return each actor's name with its type, role and aliases."""
    return {a.name: (a.type, a.role, list(a.aliases)) for a in extract_actors(make_article(list(paragraphs)))}


def test_speaker_label_with_party_bracket_is_a_titled_person():
    """'SEN. NORA BELLWEATHER (D-Ky.):' opens a hearing transcript's line: a senator, not an organisation."""
    found = mentions("SEN. NORA BELLWEATHER (D-Ky.): Who signed off on the inspection ?")
    assert ("NORA BELLWEATHER", "PER", "Sen") in found
    assert not any(t == "SEN" for t, _, _ in found)


def test_speaker_label_bracket_for_a_representative():
    found = mentions("REP. TOBIAS KLEINFELD (R-OH): I yield back the rest of my time .")
    assert ("TOBIAS KLEINFELD", "PER", "Rep") in found


def test_initials_title_between_company_and_name_splits_the_run():
    """'Norbeck CFO Imran Qadeer': the company, and the person with the company's title as role."""
    found = mentions("Norbeck CFO Imran Qadeer said the sale would close in June .")
    assert ("Norbeck", "ORG", "") in found
    assert ("Imran Qadeer", "PER", "Norbeck CFO") in found


def test_general_office_and_engineer_honorific_split_the_run():
    """'Authority Director-General Eng Wafula Kimani': the honorific 'Eng' belongs to neither body nor name."""
    found = mentions("The Lakeside Roads Authority Director-General Eng Wafula Kimani defended the tender .")
    assert any(t == "Wafula Kimani" and ty == "PER" and r.endswith("Director-General") for t, ty, r in found)
    assert not any("Director-General" in t for t, _, _ in found)


def test_leader_of_the_opposition_is_a_role_not_part_of_the_name():
    """'Leader of Opposition Devraj Singh Rawat': 'Opposition' is the title's complement, no organisation."""
    assert mentions("Leader of Opposition Devraj Singh Rawat walked out of the House .")[0] == \
        ("Devraj Singh Rawat", "PER", "Leader of Opposition")


def test_title_of_a_body_keeps_the_body_and_the_person():
    """'the Chairman of Halvern Bank Oliver Trask': the bank is an actor of its own, the person holds the role."""
    found = mentions("On Monday the Chairman of Halvern Bank Oliver Trask resigned .")
    assert ("Oliver Trask", "PER", "Chairman of Halvern Bank") in found
    assert ("Halvern Bank", "ORG", "") in found


def test_portfolio_after_title_of_is_no_body():
    """'Director of Public Prosecutions Martha Quill': the portfolio is the role's, not an organisation."""
    assert mentions("The Director of Public Prosecutions Martha Quill said charges would follow .") == \
        [("Martha Quill", "PER", "Director of Public Prosecutions")]


def test_spelled_out_chief_officer_title_leaves_the_company_alone():
    """'Tessaro Chief Financial Officer Lena Brandt': 'Tessaro' is the firm, no organisation called by the title."""
    found = mentions("Tessaro Chief Financial Officer Lena Brandt said margins would recover .")
    assert ("Tessaro", "ORG", "") in found
    assert ("Lena Brandt", "PER", "Tessaro Chief Financial Officer") in found


def test_firm_named_with_legal_form_carries_its_plain_name():
    """'Kelbrook Foods Plc' written once, then 'Kelbrook': the actor is also called 'Kelbrook Foods'."""
    got = actors("Shares in Kelbrook Foods Plc fell 12 % on Tuesday after a profit warning .",
                 "Kelbrook said sales in its stores had slowed .")
    assert "Kelbrook Foods" in got["Kelbrook Foods Plc"][2]


def test_hospital_that_speaks_is_a_body_and_one_gone_to_a_place():
    """The gold conventions type a hospital a place ('taken to Tallow Vale Hospital') and a metonym by what it
    stands for: the hospital that makes a statement is the organisation."""
    assert mentions("Tallow Vale Hospital said it had treated 40 patients .") == [("Tallow Vale Hospital", "ORG", "")]
    assert mentions("The victims were taken to Tallow Vale Hospital on Sunday .") == \
        [("Tallow Vale Hospital", "LOC", "")]
