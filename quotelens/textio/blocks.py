"""The text a reader sees, built line by line, with the spans of the blocks that are not story.

In: lines of running text and standalone blocks (title, heading, byline) from the HTML and
Markdown readers. Out: :class:`Layout`, whose ``roles`` are half-open spans into its ``text``;
:func:`apply_roles` gives those roles to the paragraphs that :mod:`quotelens.segment` finds.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from quotelens.segment import Paragraph, ParagraphRole

RoleSpan = tuple[int, int, str]


@dataclass(slots=True)
class Layout:
    text: str
    roles: list[RoleSpan] = field(default_factory=list)


class LayoutBuilder:
    """Lines joined by ``\\n``; a standalone block gets a blank line on each side."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._roles: dict[int, str] = {}  # line number -> role

    def at_block_start(self) -> bool:
        return not self._lines or not self._lines[-1].strip()

    def line(self, text: str) -> None:
        self._lines.append(text)

    def blank(self) -> None:
        self._lines.append("")

    def block(self, text: str, role: str) -> None:
        if not text.strip():
            return
        if not self.at_block_start():
            self.blank()
        self._roles[len(self._lines)] = role
        self._lines.append(text)
        self.blank()

    def build(self) -> Layout:
        roles: list[RoleSpan] = []
        pos = 0
        for k, text in enumerate(self._lines):
            role = self._roles.get(k)
            if role:
                lead = len(text) - len(text.lstrip())
                roles.append((pos + lead, pos + len(text.rstrip()), role))
            pos += len(text) + 1
        return Layout("\n".join(self._lines), roles)


def apply_roles(paragraphs: list[Paragraph], roles: list[RoleSpan]) -> list[Paragraph]:
    """The paragraphs, each inside a declared span taking that span's role (title, heading, byline)."""
    if not roles:
        return paragraphs
    out = []
    k = 0
    for p in paragraphs:
        while k < len(roles) and roles[k][1] <= p.start:
            k += 1
        if k < len(roles) and roles[k][0] <= p.start and p.end <= roles[k][1]:
            p = dataclasses.replace(p, role=ParagraphRole(roles[k][2]))
        out.append(p)
    return out
