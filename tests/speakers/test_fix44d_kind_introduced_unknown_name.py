""" "the Telegram channel Kvadrat-9" introduces an organisation by its kind even when the name was read as no
speaker of its own (only inside a document's phrase): "the channel wrote" after it is that channel, not a news
agency named paragraphs before."""

from tests.speakers.examples import speaker_holding

_BODY = (
    "MINSK -- A regional mayor was detained on Monday, the Interfax news agency reported, citing a police source.\n\n"
    "Officials declined to comment on the case.\n\n"
    "But a post on the anonymous Telegram channel Kvadrat-9 claimed that the mayor had been moved to the capital.\n\n"
    '"His arrest was agreed weeks ago," the channel wrote, without giving evidence.\n\n'
)


def test_channel_introduced_by_its_kind_is_the_channel():
    assert speaker_holding(_BODY, "His arrest was agreed") == "Kvadrat-9"
