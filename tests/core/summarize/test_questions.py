"""A bare question does not fill a word budget: it states nothing."""

import pytest

from briefing.core.language.tokenizer import get_tokenizer
from briefing.core.model import Article, SummaryOptions
from briefing.core.summarize import summarize
from briefing.core.summarize.rating import is_bare_question


def _article(paragraphs: list[str], lang: str) -> Article:
    tok = get_tokenizer(lang)
    return Article(title="", paragraphs=[list(tok.to_sentences(p)) for p in paragraphs], language=lang)


ES = [
    ("La eléctrica Iberdrola obtuvo un beneficio neto de 3.450 millones de euros en el primer semestre de 2024, "
     "un 12 % más que un año antes, según comunicó el miércoles a la Comisión Nacional del Mercado de Valores."),
    ("La deuda neta de la compañía se situó en 47.000 millones de euros al cierre de junio, frente a los 45.000 "
     "millones de diciembre, según las cuentas presentadas ante los analistas en Madrid."),
    "¿Habrá nuevas compras? «No descartamos nada, pero no tenemos prisa», respondió el consejero delegado.",
    ("La compañía elevará el dividendo a cuenta a 0,23 euros por acción, que se pagará el 31 de enero a todos "
     "los accionistas registrados en esa fecha."),
]


def test_a_question_does_not_fill_a_word_budget():
    """A 50-word budget filled with '¿Habrá nuevas compras?' after the best sentence; now it stays out."""
    s = summarize(_article(ES, "es"), SummaryOptions(words=50))
    assert not any(x.text.endswith("?") for x in s.sentences)


@pytest.mark.parametrize("text, bare", [("¿Habrá nuevas compras?", True), ("What happens next?", True),
                                        ("«¿Recortar?»", True), ("„Warum jetzt?“", True),
                                        ("«¿Recortar?», preguntó el ministro.", False),
                                        ("The council asked why.", False)])
def test_is_bare_question(text, bare):
    """A question on its own, quoted or not, is bare; one with its attribution is a statement."""
    assert is_bare_question(text) is bare
