""" "the gaming channel Pixelwatch" introduces an organisation by its kind even when the name was read as no
speaker of its own (only inside a document's phrase): "the channel said" after it is that channel, not a news
agency named paragraphs before."""

from tests.speakers.examples import speaker_holding

_BODY = (
    "The founder of a games studio stepped down on Friday, the Reuters news agency reported, citing an investor.\n\n"
    "The studio would not comment.\n\n"
    "But a video on the gaming channel Pixelwatch claimed that investors had pushed the founder out.\n\n"
    '"The board wanted him gone for months," the channel said, without giving evidence.\n\n'
)


def test_channel_introduced_by_its_kind_is_the_channel():
    assert speaker_holding(_BODY, "The board wanted him gone") == "Pixelwatch"
