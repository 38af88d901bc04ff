"""The spelling-independent keys: every spelling of a name in a group meets the others."""

from __future__ import annotations

import pytest

from sitrep.search.transliterate import (
    coarse,
    index_keys,
    normalise,
    query_keys,
    text_keys,
    word_keys,
)

# Belarusian Cyrillic, Russian Cyrillic and Latin spellings (national, Łacinka, BGN, ICAO,
# press) of the same names. Each group must share one key.
GROUPS = {
    "Lukashenka": ["Лукашэнка", "Лукашенко", "Lukashenka", "Lukashenko", "Lukašenka", "Łukašenka"],
    "Tsikhanouskaya": ["Ціханоўская", "Тихановская", "Tsikhanouskaya", "Tikhanovskaya",
                       "Cichanoŭskaja", "Tsikhanowskaya", "Tikhanovskaia"],
    "Minsk": ["Мінск", "Минск", "Minsk", "Мiнск"],
    "Homiel": ["Гомель", "Homiel", "Gomel", "Homyel", "Homieĺ", "Homel"],
    "Hrodna": ["Гродна", "Гродно", "Hrodna", "Grodno"],
    "Mahiliou": ["Магілёў", "Могилёв", "Могилев", "Mahiliou", "Mogilev", "Mahilioŭ", "Mogilyov",
                 "Mahilyow"],
    "Brest": ["Брэст", "Брест", "Brest"],
    "Vitebsk": ["Віцебск", "Витебск", "Vitebsk", "Viciebsk", "Vitsyebsk"],
    "Mazyr": ["Мазыр", "Мозырь", "Mazyr", "Mozyr"],
    "Sviatlana": ["Святлана", "Светлана", "Sviatlana", "Svetlana", "Svyatlana", "Sviatłana"],
    "Aliaksandr": ["Аляксандр", "Александр", "Aliaksandr", "Aleksandr", "Alexander", "Alyaksandr"],
    "Belarus": ["Беларусь", "Belarus", "Bielaruś", "Byelarus"],
    "Pratasevich": ["Пратасевіч", "Протасевич", "Pratasevich", "Protasevich"],
    "Tatsiana": ["Таццяна", "Татьяна", "Tatsiana", "Tatiana", "Tatyana"],
    "Shchuchyn": ["Шчучын", "Щучин", "Shchuchyn", "Shchuchin"],
    "Bialiatski": ["Бяляцкі", "Беляцкий", "Bialiatski", "Byalyatski", "Belyatsky"],
    "Medvedev": ["Мядзведзеў", "Медведев", "Miadzviedzieu", "Medvedev"],
    "Laurou": ["Лаўроў", "Лавров", "Laurou", "Lavrov"],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(GROUPS))
def test_every_spelling_of_a_name_shares_a_key(name):
    keys = [word_keys(spelling) for spelling in GROUPS[name]]
    common = frozenset.intersection(*keys)
    assert common, {spelling: sorted(k) for spelling, k in zip(GROUPS[name], keys, strict=True)}


def test_different_names_do_not_share_keys():
    first_keys = {
        name: frozenset.union(*(word_keys(s) for s in group)) for name, group in GROUPS.items()
    }
    names = sorted(first_keys)
    for index, name in enumerate(names):
        for other in names[index + 1 :]:
            assert not first_keys[name] & first_keys[other], (name, other)


@pytest.mark.parametrize(
    "inflected, base",
    [("Лукашэнкам", "Лукашэнка"), ("Минске", "Минск"), ("Магілёве", "Магілёў"),
     ("Тихановской", "Тихановская"), ("Брэсце", "Брэст"), ("Гомеля", "Гомель"),
     ("Лукашенко", "Лукашенком")],
)  # fmt: skip
def test_inflected_forms_meet_their_base_form(inflected, base):
    assert query_keys(inflected) & word_keys(base) or query_keys(base) & word_keys(inflected)


def test_ascii_stripped_national_spellings_meet_through_the_coarse_key():
    assert {coarse(k) for k in word_keys("Lukasenka")} & {coarse(k) for k in word_keys("Лукашэнка")}
    assert not word_keys("Lukasenka") & word_keys("Лукашэнка")


def test_stress_marks_apostrophes_and_yo_are_folded():
    assert normalise("Ціхано́ўская") == "ціханоўская"
    assert normalise("з’езд") == normalise("з'езд") == "зезд"
    assert normalise("Могилёв") == "могилев"
    assert word_keys("Вераб’ёвічы") == word_keys("Vierabjovičy") == {"vrbvq"}


def test_text_keys_skip_numbers_and_one_letter_words_and_keep_order():
    assert text_keys("Лукашэнка і Ціханоўская, 2024 у Мінску") == ["lkxnk", "thnvsk", "mnsk"]
    # Consonants apart stay apart; doubled ones collapse (Таццяна, Татьяна → ttn).
    assert word_keys("Таццяна") == word_keys("Татьяна") == {"ttn"}
    assert text_keys("") == []
    assert text_keys("\x00 ' \" * NEAR") == ["nr"]


def test_index_keys_hold_stems_without_case_endings_and_coarse_forms():
    keys = index_keys("Сустрэча ў Мінском")
    assert "mnskm" in keys and "mnsk" in keys
    assert "lksnk" in index_keys("Лукашэнка")  # the coarse form of lkxnk
