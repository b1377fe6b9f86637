"""Page furniture in ru/uk/de/fr/es articles that reached summaries (sum64's tour, benchmarks/summary_tour64):
calls to follow or subscribe, share lines listing buttons, cookie notices, and related links whose label is set in
bold. Each goes from the cleaned text; sentences of the story that speak of the same things stay."""

import time

import pytest

from briefing.core.ingest.cleaning import clean_text
from briefing.core.ingest.furniture import is_furniture

STORY = """Городской совет утвердил бюджет

Городской совет утвердил бюджет на следующий год большинством голосов.

{line}

Расходы на транспорт вырастут на 12 процентов, сообщили в мэрии.
"""


@pytest.mark.parametrize("line", [
    # calls to follow or subscribe, and a tip line
    "Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости",
    "Підписуйтесь на «Полтава Сьогодні» у Telegram та Viber",
    "Если вы стали свидетелем происшествия, пишите нам в WhatsApp",
    "Jetzt den Wissen-Newsletter abonnieren und nichts mehr verpassen!",
    "Folgen Sie uns auf Instagram und Facebook",
    "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité chaque matin.",
    "Suivez-nous sur Facebook, Instagram et X",
    "Suscríbete a nuestro boletín de deportes y no te pierdas nada",
    "[Síguenos en WhatsApp](https://whatsapp.com/channel/example)",
    # share lines: a label, then buttons only
    "Поділитися: Facebook Telegram Viber",
    "Teilen: Facebook X WhatsApp E-Mail",
    "Compartir en: Facebook X WhatsApp Telegram",
    "Partager : Facebook Twitter LinkedIn E-mail",
    # cookie notices: the site speaks of itself
    "Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
    "Ce site utilise des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez "
    "leur utilisation.",
    "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos "
    "que acepta su uso.",
    "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.",
    # a related link with its label in bold (Markdown), in a quote or not
    "**Lire aussi :** [Canicule : Lyon, ville la plus chaude de France](https://example.fr/canicule)",
    "> **Te puede interesar:** [Así funciona el sistema de acogida](https://example.es/acogida)",
    "**À lire aussi :** [Avignon : le off dépasse les 1 700 spectacles](https://example.fr/off)",
])
def test_furniture_lines_leave_the_text(line):
    out = clean_text(STORY.format(line=line))
    assert out.paragraphs == ["Городской совет утвердил бюджет на следующий год большинством голосов.",
                              "Расходы на транспорт вырастут на 12 процентов, сообщили в мэрии."]


def test_a_bold_related_label_alone_takes_its_link_titles_with_it():
    out = clean_text(STORY.format(line="**Mehr zum Thema**\n\nBahnstreik: Das müssen Pendler jetzt wissen"))
    assert len(out.paragraphs) == 2


@pytest.mark.parametrize("sentence", [
    "Более 2 млн человек подписаны на Telegram-канал министерства, сообщил его пресс-секретарь.",
    "Tausende folgen sie auf Instagram, seit sie im Finale stand.",
    "More than 2 million people subscribe to the Telegram channel, the ministry said.",
    "The regulator said sites must let users reject cookies as easily as they accept them.",
    "El presidente recibe a la delegación de Facebook en Madrid el lunes.",
    "Compartir es vivir, dijo el alcalde en la inauguración del comedor.",
    "Partager les données avec Facebook est interdit, a tranché le tribunal.",
])
def test_sentences_about_the_same_things_stay(sentence):
    assert not is_furniture(sentence)
    assert sentence in clean_text(STORY.format(line=sentence)).paragraphs


def test_the_checks_are_quick_on_a_hostile_line():
    line = "Подписывайтесь " + "cookie наш сайт Facebook: " * 40_000
    start = time.perf_counter()
    assert is_furniture(line) is False
    clean_text(STORY.format(line=line))
    assert time.perf_counter() - start < 2.0
