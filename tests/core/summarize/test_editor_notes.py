"""An editor's note is no key point (sum64's tour): "Примечание редакции: ...", "Nota del editor: ...", in every
language, whatever the algorithm; a sentence that only mentions an editor stays a candidate."""

import pytest

from briefing.core.model import Article, SummaryOptions
from briefing.core.summarize import ALGORITHMS, summarize
from briefing.core.summarize.candidates import candidate_mask

NOTES = [
    "Примечание редакции: материал обновлён после заявления адвоката обвиняемого в растрате.",
    "Примітка редакції: у попередній версії матеріалу було неправильно вказано вартість квитка до музею.",
    "Anmerkung der Redaktion: In einer früheren Version hieß es, der Beschluss des Gemeinderats sei einstimmig.",
    "Note de la rédaction : cet article a été mis à jour le 4 mars à 10 h avec la réaction de la mairie.",
    "Nota del editor: esta noticia se actualizó con las cifras de Salvamento Marítimo del domingo.",
    "(Editor’s note: This story was updated with the council's vote on the harbour budget.)",
]


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("algorithm", sorted(ALGORITHMS))
def test_an_editors_note_is_never_a_key_point(note, algorithm):
    article = Article(title="Council budget", paragraphs=[
        ["The council approved its budget for next year on Monday by 31 votes to 17."],
        ["Spending on buses and trams will rise by 12 per cent, the budget committee said."],
        ["The opposition said the budget relied on a tax rise the council had promised to avoid."],
        [note, "An earlier version misstated the date of the council vote on the budget."],
    ])
    assert candidate_mask(article) == [True, True, True, False, False]
    picked = [s.text for s in summarize(article, SummaryOptions(algorithm=algorithm, sentences=3)).sentences]
    assert note not in picked and len(picked) == 3


def test_a_sentence_about_an_editor_is_a_candidate():
    article = Article(title="Paper", paragraphs=[
        ["The editor's note on the front page said: the paper would close in May."],
        ["Nota del editor del diario: a partir de mayo cerrará la edición impresa, anunció la empresa."]])
    assert candidate_mask(article) == [True, True]
