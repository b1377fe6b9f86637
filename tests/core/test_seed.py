"""The bundled seed article opens cleanly with its metadata."""

BAD_MARKERS = ("[", "](", "\\$", "Related article", "Original url", "Kremlin.ru")


def test_seed_metadata(seed_article):
    """The seed's title, date, URL and source are read from the text."""
    a = seed_article
    assert a.title == "Russia, Belarus Spy Agencies Join Forces Against ‘Destructive’ West"
    assert a.date == "2021-06-03"
    assert a.url == ("https://www.themoscowtimes.com/2021/06/03/"
                     "russia-belarus-spy-agencies-join-forces-against-destructive-west-a74100")
    assert a.source == "The Moscow Times"


def test_seed_body_is_clean(seed_article):
    """No Markdown, escapes, related links, URL line or caption stay in the body."""
    body = seed_article.text
    for marker in BAD_MARKERS:
        assert marker not in body, marker
    assert "head Sergei Naryshkin." not in body
    assert seed_article.captions == ["Russian Foreign Intelligence Service (SVR) head Sergei Naryshkin."]


def test_seed_broken_paragraph_is_joined(seed_article):
    """The paragraph broken after 'the political' is one sentence again."""
    assert any(s.text.endswith("destabilizing the political and socioeconomic situation in the Union State,” SVR said in a statement.")
               for s in seed_article.sentences)
    assert "destabilizing the political and socioeconomic situation in the Union State." in seed_article.text.replace(",”", ".")
