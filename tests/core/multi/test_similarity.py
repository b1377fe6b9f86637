"""Near-duplicate detection and differing figures."""

from briefing.core.multi.figures import figure_context, figures, figures_differ
from briefing.core.multi.similarity import near_duplicates


def test_near_duplicates_ignore_small_rewording():
    """Two sentences that differ by an article are near-duplicates; unrelated ones are not."""
    a = "The city council approved a new transport plan on Monday after months of heated debate."
    b = "The city council approved the new transport plan on Monday after months of heated debate."
    c = "Cyclists' groups criticised the plan for adding no new bicycle lanes in the centre."
    assert near_duplicates(a, b)
    assert not near_duplicates(a, c)


def test_figures_are_normalised():
    """Figures come out with thousands separators removed and small number words as digits."""
    assert figures("It cost $1,200 and 3.5% more, with four dead in 2024.") == ["$1200", "3.5%", "4", "2024"]


def test_differing_figures_need_a_figure_on_each_side():
    """A sentence that only adds a figure does not dispute; one that replaces a figure does."""
    assert figures_differ("It will cost 2.5 billion euros.", "It will cost 3.1 billion euros.")
    assert not figures_differ("It will cost 2.5 billion euros.", "It will cost 2.5 billion euros by 2030.")
    assert not figures_differ("Twelve people died.", "12 people died.")


def test_figure_context_names_what_differs():
    """The figures one sentence has and the other lacks come with the word after them."""
    assert figure_context("Police said 15 people died and 40 were hurt.", "Police said 12 people died and 40 were hurt.") \
        == ["15 people"]


def test_disputed_figures_need_the_same_measure():
    """"2.5 billion euros" against "3.1 billion euro" is one measure disputed; "2.8 million units" against
    "800,000 units" is not (the multiplier is part of the measure), nor a bare figure against a counted one."""
    from briefing.core.multi.figures import same_measure_differs

    assert same_measure_differs("The package is worth 2.5 billion euros.", "It is a 3.1 billion euro package.")
    assert not same_measure_differs("It has sold 2.8 million units.", "Sony has sold more than 800,000 units.")
    assert not same_measure_differs("12 people died.", "The toll rose to 15.")
