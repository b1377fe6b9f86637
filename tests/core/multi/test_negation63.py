"""A negation denies the claim words of its own clause (multi63): "... by helicopter and none was injured" repeats
"taken off by helicopter"; "denied that", "not 8 billion as first reported" and a denial of the shared words still
keep two sentences apart."""

import time

from briefing.core.model import Article, SummaryOptions
from briefing.core.multi.claims import reworded
from briefing.core.multi.frames import denied_flags, negated
from briefing.core.multi.similarity import denies, similarity
from briefing.core.multi.sources import lettered
from briefing.core.multi.summary import summarize_sources

RESCUE = "Coastguard chief Lucia Moreno said all 22 crew members had been evacuated by helicopter and none was injured."
TAKEN_OFF = "The 22 crew members were taken off the stranded tanker by helicopter on Thursday night, Ms Moreno said."
INJURED = "Two of the 22 crew members were injured during the evacuation, Ms Moreno said."


def _governed(text):
    return [w for w, f in zip(text.split(), denied_flags(text)) if f]


def test_a_negation_governs_its_clause_not_the_one_before_and():
    """"none" governs "none was injured", not the rescue before "and"; "denied" governs all after it; a negation
    before a figure governs nothing."""
    assert _governed(RESCUE) == ["and", "none", "was", "injured."]
    assert _governed("Ruiz denied that the tanker ignored a warning and ran aground.") == [
        "denied", "that", "the", "tanker", "ignored", "a", "warning", "and", "ran", "aground."]
    assert _governed("The deal covers 6 billion cubic metres, not 8 billion as first reported.") == []
    assert _governed("The road was closed; nobody could reach the village.") == [
        "nobody", "could", "reach", "the", "village."]
    assert negated(RESCUE) and not negated(TAKEN_OFF)


def test_a_later_coordinated_denial_does_not_deny_the_shared_claim():
    """The rescue "and none was injured" repeats "taken off by helicopter" (one figure, claim words in common) and
    does not deny it, but it denies "two crew members were injured"."""
    assert not denies(RESCUE, TAKEN_OFF, "en") and not denies(TAKEN_OFF, RESCUE, "en")
    assert reworded(RESCUE, TAKEN_OFF, "en", "en") and reworded(TAKEN_OFF, RESCUE, "en", "en")
    assert denies(RESCUE, INJURED, "en")
    assert not reworded(RESCUE, INJURED, "en", "en")


def test_the_rescue_and_the_reworded_rescue_are_one_point_citing_both_sources():
    """Two sources telling the rescue (one adding "and none was injured") give one point citing A and B."""
    a = Article(title="Tanker aground", paragraphs=[
        ["The tanker Marisol Star ran aground off Bravik on Thursday evening, the coastguard said."], [RESCUE],
        ["Fishing was banned along 40 kilometres of coast."]], language="en")
    b = Article(title="Oil spill", paragraphs=[
        ["Oil from the Marisol Star reached the beaches of Bravik on Friday."], [TAKEN_OFF],
        ["Volunteers cleaned birds at the harbour."]], language="en")
    points = summarize_sources(lettered([a, b]), SummaryOptions(sentences=6)).points
    rescue = [p for p in points if "helicopter" in p.text]
    assert len(rescue) == 1
    assert {c.source for c in rescue[0].citations} | {rescue[0].source} == {"A", "B"}


def test_a_denial_of_the_shared_words_still_lowers_the_similarity():
    """"no sign that chemicals leaked" against "chemicals leaked" stays below the plain pair's similarity, and so does
    "none was injured" against "crew were injured"."""
    sim = similarity(["Chemicals leaked into the river near the bridge.",
                      "Tests found no sign that chemicals leaked into the river near the bridge.",
                      "Tests found that chemicals leaked into the river near the bridge."], "english")
    assert sim[0, 1] < sim[0, 2]


def test_denied_flags_are_linear_on_a_hostile_line():
    """A 1 MB line of negations, joins and clause marks is read in well under a second."""
    line = "not and no; but none: " * 45000
    start = time.monotonic()
    flags = denied_flags(line)
    assert len(flags) == 225000 and time.monotonic() - start < 2.0
