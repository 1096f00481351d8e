"""A reviewer's probes of this round's rules: "sent a text to supporters to say" credits the senders, not the
text; two organisations sharing a long name's head word leave the bare word to neither."""

from quotelens.article import load_article


def speakers(text: str) -> list[str]:
    return [str(s) for s in load_article("Headline\n\n" + text).quotes["speaker"]]


def test_what_is_sent_is_no_speaker() -> None:
    assert speakers("Campaign staff sent a text to supporters to say the rally was off.") == ["Campaign staff"]
    assert speakers("The city sent its lawyer to argue that the permit was void.") == ["its lawyer"]


def test_a_head_word_two_organisations_share_names_neither() -> None:
    text = (
        "Verdana Health Systems Inc. agreed to buy Verdana Capital Partners Group for $2 billion.\n\n"
        "Verdana said in a statement that the merger would close in May."
    )
    assert speakers(text) != ["Verdana Capital Partners Group"]
