"""The brief's own words in each supported language: headings, masthead, dates, type tags, method line, footer.

A brief is written either in its article's language or in English (the
setting ``brief_language``: ``"article"`` or ``"en"``; the CLI's
``--brief-language``, a window setting). Only the brief's furniture is
translated here; the article's sentences, names and roles are shown as they
are. Every export format takes its words from one :class:`Labels` (through
:mod:`.content`), so the PDF, DOCX, HTML, Markdown and plain text say the
same thing.

Grammar notes (checked for each language):

* Russian and Ukrainian dates use the genitive month ("3 июня 2021",
  "3 червня 2021"); counts are written "выбрано предложений: 3 из 16" so the
  noun never has to agree with the number.
* German dates have an ordinal dot ("12. Mai 2024"); French uses "1er" for
  the first day of a month; Spanish writes "30 de enero de 2024".
* French puts a no-break space before ":" and ";".

Light: imports nothing (the window may read it at start-up).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as _date

#: The ``brief_language`` settings: the article's own language, or English whatever the article's language.
ARTICLE = "article"
BRIEF_LANGUAGES = (ARTICLE, "en")

_NB = "\u00a0"  # no-break space (French punctuation, "✎ edited")


@dataclass(frozen=True)
class Labels:
    """Every word of a brief that is not the article's own, in one language.

    Format fields (``{shown}``, ``{total}``, ``{label}``, ``{chosen}``,
    ``{mark}``, ``{stamp}``, ``{creator}``, ``{names}``) are filled by
    :mod:`.content` and :mod:`.text`.
    """

    code: str
    masthead: str
    bottom_line: str
    assessment: str
    points: str
    actors: str
    source: str  # the source line's label, with its colon and space: "Source: "
    not_recorded: str
    not_recorded_long: str
    by_one: str  # one author: "by {names}"
    by_many: str  # several authors
    tags: dict[str, str]
    points_note: str
    actors_note: str  # the page shows the first actors by salience
    actors_note_analyst: str  # ... in the order the analyst gave them
    generated: str
    generated_by: str
    page: str
    method_head: str  # "Method: Extractive, {label}"
    method_counts: str  # " {chosen}/{total} sentences"
    method_tail: str  # "; points verbatim unless marked {mark} edited."
    method_none: str
    columns: tuple[str, str, str, str]  # the actors table: name, type, role, first mention
    links: str
    marks: dict[str, str]  # "edited" / "added" -> the word shown after ✎
    empty_point: str
    untitled: str
    months: tuple[str, ...]
    date_format: str = "{day} {month} {year}"
    first_day: str = "1"  # how day 1 is written ("1er" in French)
    # A date with the day unknown ("2024-06", a report's cover): the month alone (nominative where ``months`` is
    # genitive: "июнь", not "июня"; () = ``months``) and its pattern.
    months_alone: tuple[str, ...] = ()
    month_year_format: str = "{month} {year}"
    method_counts_one: str = ""  # when exactly one sentence was chosen (French singular); "" = method_counts
    # The singular of the notes under the headings ("" = the plural pattern): one actor or point shown.
    points_note_one: str = ""
    actors_note_one: str = ""
    actors_note_analyst_one: str = ""
    # A brief of several articles (issue 16): the sources block, disputed figures, the method line.
    sources: str = "Sources"
    differ: str = "Sources differ: {parts}."  # {parts}: "A¶2 gives 2.5 billion; B¶2 gives 3.1 billion"
    differ_currency: str = "Sources differ on the currency: {parts}."  # the same amount in other currencies
    differ_both: str = "Sources differ on the amount and the currency: {parts}."
    gives: str = "{anchor} gives {said}"
    give_many: str = "{anchors} give {said}"  # several sources agreeing: "A¶1, B¶2 give 14 million euros"
    quoted: str = "{anchor} (quoted)"  # in a "Sources differ" note, the source whose sentence the point quotes
    method_multi: str = ("Method: Extractive, {label}, {chosen} of {total} sentences from {n} sources rated together; "
                         "each point verbatim from one source it cites unless marked {mark} edited.")
    # The sources block: a title in the language's quotation marks, the machine's notes on a source.
    quotes: tuple[str, str] = ("\u201c", "\u201d")
    repeats: str = "repeats {letter}"
    unrelated: str = "shares no point or actor with the other sources"
    no_details: str = "(no publisher, date or title recorded)"
    # Beside the assessment's heading when fitting left the assessment out of the page (PDF, DOCX).
    assessment_left_out: str = "left out to fit one page ({words} words)"

    def date(self, d: _date) -> str:
        """Return ``d`` written out in this language: "3 June 2021", "3 июня 2021", "12. Mai 2024"."""
        day = self.first_day if d.day == 1 else str(d.day)
        return self.date_format.format(day=day, month=self.months[d.month - 1], year=d.year)

    def month_year(self, year: int, month: int) -> str:
        """Return a month of a year in this language, the day unknown: "June 2024", "июнь 2024", "junio de 2024"."""
        return self.month_year_format.format(month=(self.months_alone or self.months)[month - 1], year=year)

    def authors(self, names: list[str]) -> str:
        """Return "by A, B" for the source line ("" without authors)."""
        if not names:
            return ""
        return (self.by_one if len(names) == 1 else self.by_many).format(names=", ".join(names))

    def counts(self, chosen: int, total: int) -> str:
        """Return the method line's sentence counts (" 3/16 sentences")."""
        pattern = self.method_counts_one if chosen == 1 and self.method_counts_one else self.method_counts
        return pattern.format(chosen=chosen, total=total)

    def _one(self, n: int) -> bool:
        """Whether ``n`` takes the singular: 1, and in Russian and Ukrainian 21, 31, ... (not 11)."""
        if self.code in ("ru", "uk"):
            return n % 10 == 1 and n % 100 != 11
        return n == 1

    def shown_points(self, shown: int, total: int) -> str:
        """Return the note under the key points heading: "3 of 5 shown" ("1 sur 5 affiché" in the singular)."""
        pattern = self.points_note_one if self.points_note_one and self._one(shown) else self.points_note
        return pattern.format(shown=shown, total=total)

    def actors_shown(self, shown: int, total: int, order: str = "salience") -> str:
        """Return the note under the actors heading when ``shown`` < ``total`` ("top 8 of 16, by salience";
        "first 8 of 16, in the analyst's order" when ``order`` is "analyst"), else "". One actor takes the
        singular ("1 главный из 17", "der wichtigste von 16"), also 21, 31 ... in Russian and Ukrainian."""
        if shown >= total:
            return ""
        if order == "analyst":
            pattern = self.actors_note_analyst_one if self.actors_note_analyst_one and shown == 1 \
                else self.actors_note_analyst
        else:
            pattern = self.actors_note_one if self.actors_note_one and self._one(shown) else self.actors_note
        return pattern.format(shown=shown, total=total)

    def tag(self, actor_type: str) -> str:
        """Return the short type tag of an actor type ("PER" -> "person"); an unknown type lower-cased."""
        return self.tags.get(actor_type, actor_type.lower())

    def mark(self, kind: str) -> str:
        """Return the word shown after ✎ for an "edited" or "added" point."""
        return self.marks.get(kind, kind)


ENGLISH = Labels(
    code="en", masthead="BRIEFING NOTE", bottom_line="Bottom line", assessment="Assessment", points="Key points",
    actors="Key actors", source="Source: ", not_recorded="not recorded",
    not_recorded_long="not recorded (no publisher, date or address known)",
    by_one="by {names}", by_many="by {names}",
    tags={"PER": "person", "ORG": "org", "LOC": "place"},
    points_note="{shown} of {total} shown", actors_note="top {shown} of {total}, by salience",
    actors_note_analyst="first {shown} of {total}, in the analyst's order",
    generated="Generated {stamp}", generated_by=" by {creator}", page="Page 1 of 1",
    method_head="Method: Extractive, {label}", method_counts=" {chosen}/{total} sentences",
    method_tail="; points verbatim unless marked {mark} edited.",
    method_none="Method: not recorded; points marked {mark} were edited or added by the analyst.",
    columns=("Actor", "Type", "Role", "First mention"), links="Links to the sentences in the source:",
    marks={"edited": "edited", "added": "added"}, empty_point="(empty point)", untitled="Untitled briefing",
    months=("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"),
)

RUSSIAN = Labels(
    code="ru", masthead="АНАЛИТИЧЕСКАЯ СПРАВКА", bottom_line="Главное", assessment="Оценка",
    assessment_left_out="опущена, чтобы справка уместилась на странице (слов: {words})",
    points="Ключевые тезисы", actors="Ключевые участники", source="Источник: ", not_recorded="не указан",
    not_recorded_long="не указан (издание, дата и адрес неизвестны)",
    by_one="автор: {names}", by_many="авторы: {names}",
    tags={"PER": "персона", "ORG": "орг.", "LOC": "место"},
    points_note="показано {shown} из {total}", actors_note="{shown} главных из {total}",
    actors_note_analyst="первые {shown} из {total}, в порядке аналитика",
    generated="Создано {stamp}", generated_by=", {creator}", page="Стр. 1 из 1",
    method_head="Метод: экстрактивное реферирование ({label})",
    method_counts=", выбрано предложений: {chosen} из {total}",
    method_tail="; тезисы приведены дословно, кроме отмеченных {mark}.",
    method_none="Метод: не указан; тезисы, отмеченные {mark}, изменены или добавлены аналитиком.",
    columns=("Участник", "Тип", "Роль", "Первое упоминание"), links="Ссылки на предложения в источнике:",
    marks={"edited": "изменено", "added": "добавлено"}, empty_point="(пустой тезис)",
    untitled="Справка без названия",
    months=("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
            "ноября", "декабря"),
    months_alone=("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
                  "ноябрь", "декабрь"),
    sources="Источники", differ="Источники расходятся: {parts}.", differ_currency="Источники расходятся в валюте: {parts}.",
    differ_both="Источники расходятся в сумме и валюте: {parts}.", gives="{anchor}: {said}", give_many="{anchors}: {said}", quoted="{anchor} (цитата)",
    method_multi=("Метод: экстрактивное реферирование ({label}), источники оценены вместе (источников: {n}), "
                  "выбрано предложений: {chosen} из {total}; каждый тезис дословно из цитируемого источника, "
                  "кроме отмеченных {mark}."),
    quotes=("«", "»"), repeats="повторяет {letter}", unrelated="нет общих тезисов и участников с другими источниками",
    no_details="(издание, дата и название не указаны)",
    actors_note_one="{shown} главный из {total}", actors_note_analyst_one="первый из {total}, в порядке аналитика",
)

UKRAINIAN = Labels(
    code="uk", masthead="АНАЛІТИЧНА ДОВІДКА", bottom_line="Головне", assessment="Оцінка",
    assessment_left_out="пропущена, щоб довідка вмістилася на сторінці (слів: {words})",
    points="Ключові тези", actors="Ключові учасники", source="Джерело: ", not_recorded="не вказано",
    not_recorded_long="не вказано (видання, дата й адреса невідомі)",
    by_one="автор: {names}", by_many="автори: {names}",
    tags={"PER": "особа", "ORG": "орг.", "LOC": "місце"},
    points_note="показано {shown} з {total}", actors_note="{shown} головних з {total}",
    actors_note_analyst="перші {shown} з {total}, у порядку аналітика",
    generated="Створено {stamp}", generated_by=", {creator}", page="Стор. 1 з 1",
    method_head="Метод: екстрактивне реферування ({label})",
    method_counts=", вибрано речень: {chosen} з {total}",
    method_tail="; тези наведено дослівно, крім позначених {mark}.",
    method_none="Метод: не вказано; тези, позначені {mark}, змінено або додано аналітиком.",
    columns=("Учасник", "Тип", "Роль", "Перша згадка"), links="Посилання на речення в джерелі:",
    marks={"edited": "змінено", "added": "додано"}, empty_point="(порожня теза)",
    untitled="Довідка без назви",
    months=("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
            "листопада", "грудня"),
    months_alone=("січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень",
                  "жовтень", "листопад", "грудень"),
    sources="Джерела", differ="Джерела розходяться: {parts}.", differ_currency="Джерела розходяться щодо валюти: {parts}.",
    differ_both="Джерела розходяться щодо суми й валюти: {parts}.", gives="{anchor}: {said}", give_many="{anchors}: {said}", quoted="{anchor} (цитата)",
    method_multi=("Метод: екстрактивне реферування ({label}), джерела оцінено разом (джерел: {n}), "
                  "вибрано речень: {chosen} з {total}; кожну тезу наведено дослівно з цитованого джерела, "
                  "крім позначених {mark}."),
    quotes=("«", "»"), repeats="повторює {letter}", unrelated="немає спільних тез і учасників з іншими джерелами",
    no_details="(видання, дату й назву не вказано)",
    actors_note_one="{shown} головний з {total}", actors_note_analyst_one="перший з {total}, у порядку аналітика",
)

GERMAN = Labels(
    code="de", masthead="KURZINFORMATION", bottom_line="Kernaussage", assessment="Bewertung",
    assessment_left_out="weggelassen, damit die Seite reicht ({words} Wörter)",
    points="Kernpunkte", actors="Zentrale Akteure", source="Quelle: ", not_recorded="nicht angegeben",
    not_recorded_long="nicht angegeben (Herausgeber, Datum und Adresse unbekannt)",
    by_one="von {names}", by_many="von {names}",
    tags={"PER": "Person", "ORG": "Org.", "LOC": "Ort"},
    points_note="{shown} von {total} gezeigt", actors_note="die {shown} wichtigsten von {total}",
    actors_note_analyst="die ersten {shown} von {total}, in der Reihenfolge des Analysten",
    generated="Erstellt am {stamp}", generated_by=" mit {creator}", page="Seite 1 von 1",
    method_head="Methode: extraktive Zusammenfassung ({label})", method_counts=", {chosen} von {total} Sätzen",
    method_tail="; Punkte wörtlich zitiert, außer den mit {mark} markierten.",
    method_none="Methode: nicht angegeben; mit {mark} markierte Punkte wurden bearbeitet oder ergänzt.",
    columns=("Akteur", "Typ", "Rolle", "Erste Erwähnung"), links="Links zu den Sätzen in der Quelle:",
    marks={"edited": "bearbeitet", "added": "hinzugefügt"}, empty_point="(leerer Punkt)",
    untitled="Kurzinformation ohne Titel",
    months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember"),
    date_format="{day}. {month} {year}",
    sources="Quellen", differ="Die Quellen weichen ab: {parts}.", differ_currency="Die Quellen nennen andere Währungen: {parts}.",
    differ_both="Die Quellen weichen in Betrag und Währung ab: {parts}.", gives="{anchor} nennt {said}", give_many="{anchors} nennen {said}", quoted="{anchor} (zitiert)",
    method_multi=("Methode: extraktive Zusammenfassung ({label}), {chosen} von {total} Sätzen aus {n} gemeinsam "
                  "bewerteten Quellen; jeder Punkt wörtlich aus einer zitierten Quelle, außer den mit {mark} "
                  "markierten."),
    quotes=("„", "“"), repeats="wiederholt {letter}", unrelated="teilt keinen Punkt und keinen Akteur mit den anderen Quellen",
    no_details="(Herausgeber, Datum und Titel nicht angegeben)",
    actors_note_one="der wichtigste von {total}",
    actors_note_analyst_one="der erste von {total}, in der Reihenfolge des Analysten",
)

FRENCH = Labels(
    code="fr", masthead="NOTE D’INFORMATION", bottom_line="L’essentiel", assessment="Évaluation",
    assessment_left_out="omise pour tenir sur une page ({words} mots)",
    points="Points clés", actors="Acteurs clés", source=f"Source{_NB}: ", not_recorded="non indiquée",
    not_recorded_long="non indiquée (éditeur, date et adresse inconnus)",
    by_one="par {names}", by_many="par {names}",
    tags={"PER": "personne", "ORG": "org.", "LOC": "lieu"},
    points_note="{shown} sur {total} affichés", actors_note="les {shown} principaux sur {total}",
    actors_note_analyst="les {shown} premiers sur {total}, dans l'ordre de l'analyste",
    generated="Généré le {stamp}", generated_by=" par {creator}", page="Page 1 sur 1",
    method_head=f"Méthode{_NB}: résumé extractif ({{label}})",
    method_counts=", {chosen} phrases sur {total}", method_counts_one=", {chosen} phrase sur {total}",
    method_tail=f"{_NB}; points cités mot pour mot, sauf ceux marqués {{mark}}.",
    method_none=f"Méthode{_NB}: non indiquée{_NB}; les points marqués {{mark}} ont été modifiés ou ajoutés "
                f"par l’analyste.",
    columns=("Acteur", "Type", "Rôle", "Première mention"), links=f"Liens vers les phrases de la source{_NB}:",
    marks={"edited": "modifié", "added": "ajouté"}, empty_point="(point vide)", untitled="Note sans titre",
    months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre"),
    first_day="1er",
    sources="Sources", differ=f"Les sources divergent{_NB}: {{parts}}.", differ_currency=f"Les sources divergent sur la devise{_NB}: {{parts}}.",
    differ_both=f"Les sources divergent sur le montant et la devise{_NB}: {{parts}}.", gives="{anchor} indique {said}", give_many="{anchors} indiquent {said}", quoted="{anchor} (cité)",
    method_multi=(f"Méthode{_NB}: résumé extractif ({{label}}), {{chosen}} phrases sur {{total}} issues de {{n}} "
                  f"sources évaluées ensemble{_NB}; chaque point est cité mot pour mot d’une source citée, sauf "
                  f"ceux marqués {{mark}}."),
    quotes=(f"«{_NB}", f"{_NB}»"), repeats="reprend {letter}",
    unrelated="n’a aucun point ni acteur en commun avec les autres sources",
    no_details="(éditeur, date et titre non indiqués)",
    points_note_one="{shown} sur {total} affiché", actors_note_one="le principal sur {total}",
    actors_note_analyst_one="le premier sur {total}, dans l'ordre de l'analyste",
)

SPANISH = Labels(
    code="es", masthead="NOTA INFORMATIVA", bottom_line="Lo esencial", assessment="Valoración",
    assessment_left_out="omitida para caber en una página ({words} palabras)",
    points="Puntos clave", actors="Actores clave", source="Fuente: ", not_recorded="no consta",
    not_recorded_long="no consta (se desconocen el medio, la fecha y la dirección)",
    by_one="por {names}", by_many="por {names}",
    tags={"PER": "persona", "ORG": "org.", "LOC": "lugar"},
    points_note="se muestran {shown} de {total}", actors_note="los {shown} principales de {total}",
    actors_note_analyst="los {shown} primeros de {total}, en el orden del analista",
    generated="Generado el {stamp}", generated_by=" por {creator}", page="Página 1 de 1",
    method_head="Método: resumen extractivo ({label})", method_counts=", {chosen} de {total} oraciones",
    method_tail="; puntos citados textualmente, salvo los marcados con {mark}.",
    method_none="Método: no consta; los puntos marcados con {mark} se editaron o se añadieron a mano.",
    columns=("Actor", "Tipo", "Función", "Primera mención"), links="Enlaces a las oraciones de la fuente:",
    marks={"edited": "editado", "added": "añadido"}, empty_point="(punto vacío)", untitled="Nota sin título",
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"),
    date_format="{day} de {month} de {year}",
    month_year_format="{month} de {year}",
    sources="Fuentes", differ="Las fuentes difieren: {parts}.", differ_currency="Las fuentes difieren en la moneda: {parts}.",
    differ_both="Las fuentes difieren en el importe y la moneda: {parts}.", gives="{anchor} indica {said}", give_many="{anchors} indican {said}", quoted="{anchor} (citado)",
    method_multi=("Método: resumen extractivo ({label}), {chosen} de {total} oraciones de {n} fuentes valoradas "
                  "en conjunto; cada punto es literal de una fuente citada, salvo los marcados con {mark}."),
    quotes=("«", "»"), repeats="repite {letter}", unrelated="no comparte ningún punto ni actor con las demás fuentes",
    no_details="(no constan el medio, la fecha ni el título)",
    points_note_one="se muestra {shown} de {total}", actors_note_one="el principal de {total}",
    actors_note_analyst_one="el primero de {total}, en el orden del analista",
)

#: Every language a brief can be written in, by ISO 639-1 code.
LABELS: dict[str, Labels] = {lab.code: lab for lab in (ENGLISH, RUSSIAN, UKRAINIAN, GERMAN, FRENCH, SPANISH)}


def brief_language_code(setting: str | None, article_language: str | None) -> str:
    """Return the code of the language a brief is written in.

    ``setting`` is ``"article"`` (the article's language when the brief has
    words for it, else English), ``"en"`` or another code of :data:`LABELS`;
    ``None`` or ``""`` mean ``"article"``. Raises ValueError for anything else.
    """
    key = (setting or ARTICLE).strip().lower()
    if key == ARTICLE:
        code = (article_language or "en").strip().lower()
        return code if code in LABELS else "en"
    if key in LABELS:
        return key
    raise ValueError(f"Brief language {setting!r} is not supported: use {' or '.join(BRIEF_LANGUAGES)}.")


def labels_for(code: str | None) -> Labels:
    """Return the brief's words in language ``code`` (English for an unknown code)."""
    return LABELS.get((code or "en").strip().lower(), ENGLISH)
