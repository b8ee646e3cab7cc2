"""The lines of a Chinese script scene: cast lists, speakers, on-screen text, music and transitions.

```
人物：林晓、陈墨、群演若干          ← the scene cast, and extras
林晓：陈总，您的咖啡。              ← dialogue; 陈墨（冷冷地）：… and 陈墨：（冷冷地）… keep the direction apart
陈墨（OS）：… · 林晚OS：… · 旁白：…  ← heard, not seen; narration is a voice for post
陈墨、林晚：不要！                  ← spoken by both
字幕：三年后 · 手机屏幕上显示：…     ← on-screen text: an insert shot
♪… · 【转场】 · 【闪回】             ← music and transitions are notes; 闪回 marks the shots after it
```
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass

from .chinese_headings import chinese_number

CAST = re.compile(r"^(?:人物|出场人物|主要人物|角色|出场角色)\s*[：:]\s*(.*)$")
ACTION = re.compile(r"^[△▲]\s*(.*)$")
TITLE = re.compile(r"^(?:《(.+)》|(?:剧名|片名)\s*[：:]\s*(.+))$")
AUTHOR = re.compile(r"^(?:编剧|作者)\s*[：:]\s*(.+)$")
BRACKETED = re.compile(r"^[（(【\[]([^（）()【】\[\]]*)[）)】\]]$")
"""A line wholly in brackets — （转场）, 【音乐起】 — is a note on a shot, not a shot."""
TRANSITION = re.compile(r"^[（(【\[]\s*(?:(?:转场|叠化|淡入|淡出|黑场|切[至到换])[^（）()【】\[\]]{0,20}|切)"
                        r"\s*[）)】\]]$")
"""A transition in brackets, a note on a shot even right after a cue's speech (where （哽咽） is speech)."""
MUSIC = re.compile(r"^(?:[♪♫♬]|(?:音乐|配乐|BGM|插曲)\s*[：:])", re.IGNORECASE)
FLASHBACK = re.compile(r"^[（(【\[]\s*闪回\s*(?:开始)?\s*[）)】\]]$")
FLASHBACK_END = re.compile(r"^[（(【\[]\s*(?:闪回(?:结束|完|毕)|回到现实|回忆结束)\s*[）)】\]]$")
ON_SCREEN_MARK = re.compile(r"^【\s*(?:字幕|短信|微信|屏幕|手机|弹幕|信息|消息)[^】]*】")
CUE = re.compile(r"^([^\s：:（）()【】\[\]「」“”\"。！？!?△▲…~～♪]{1,40}?)\s*(?:[（(]([^（）()]{0,40})[）)])?"
                 r"\s*[：:]\s*(.*)$")
_LEADING_DIRECTION = re.compile(r"^[（(]([^（）()]{1,60})[）)]\s*(.*)$")
_NAME_SEPARATORS = re.compile(r"\s*[、，,/&＆]\s*")
_CAST_SEPARATORS = re.compile(r"[、，,；;\s]+")
_NAME_NOTE = re.compile(r"[（(][^）)]*[）)]")
_GLUED_VOICE = re.compile(r"^(.+?)\s*(OS|O\.S\.|VO|V\.O\.|画外音|画外|内心独白|心声)$")
"""A voice mark glued to the name (林晚OS), in capitals: Carlos and Gustavo are names, not Carl and Gusta."""
_EXTRAS = re.compile(r"群演|路人|若干|几个|数名|一群|群众|众多")
_LABEL = re.compile(r"^([^：:（(]{1,8})\s*(?:[（(][^（）()：:]{0,40}[）)])?\s*[：:]")
_HEAD_COUNT = re.compile(r"(\d{1,4}|[一二两三四五六七八九十百]{1,4})\s*(?:人|名|个|位)")

OFF_SCREEN = {"OS": "OS", "O.S.": "OS", "画外": "OS", "画外音": "OS", "内心独白": "OS", "心声": "OS", "独白": "OS",
              "内心": "OS", "VO": "VO", "V.O.": "VO", "旁白": "VO"}
"""Marks after a speaker's name: OS is heard but not seen (still in the scene cast), VO a voice for post."""
NARRATORS = frozenset({"旁白", "画外旁白", "解说"})
GROUP_SPEAKERS = frozenset({"众人", "全员", "所有人", "大家", "众"})
EVERYONE = frozenset({"全员", "所有人", "全体"})
PREVIOUS_SCENE = frozenset({"前场所有人", "前场人物", "同上", "同前场"})
ON_SCREEN_LABELS = frozenset({"字幕", "短信", "微信", "微信消息", "信息", "消息", "弹幕", "屏幕", "手机", "手机屏幕",
                              "手机短信", "电脑屏幕", "画面字幕", "标题"})
NOTE_LABELS = frozenset({"备注", "注", "说明", "提示", "注意"})
NOT_SPEAKERS = frozenset({"时间", "地点", "画面", "镜头", "场景", "音效", "特效", "转场", "人物", "道具", "服装",
                          "景别", "机位", "运镜", "内容", "剧情", "背景", "闪回", "空镜", "特写", "全景", "近景",
                          "远景", "中景", "切", "叠化", "黑场"}) | ON_SCREEN_LABELS | NOTE_LABELS
"""Words before a colon that label a line rather than name a speaker: "画面：雨夜" is action."""
_SPEECH_VERBS = "说道问喊答吼骂"
MAX_SPEAKER_CHARS = 8
MAX_LATIN_SPEAKER_CHARS = 20


@dataclass
class Cue:
    """A dialogue line's speaker part, and the speech on the same line (empty for a cue alone)."""

    written: str
    """The speakers as the shot's dialogue names them (陈墨、林晚)."""
    names: list[str]
    off_screen: str
    parenthetical: str
    text: str

    @property
    def is_group(self) -> bool:
        return len(self.names) == 1 and self.names[0] in GROUP_SPEAKERS


def dialogue_cue(line: str, cast: Container[str] = ()) -> Cue | None:
    """The speaker and speech of a dialogue line, or None when the line is not one. A name of ``cast``
    (the characters listed or speaking so far) speaks whatever it ends with: 林道：… is a cue, 她说：… prose."""
    match = CUE.match(line)
    if match is None:
        return None
    written, hint, text = match.group(1).strip(), (match.group(2) or "").strip(), match.group(3).strip()
    off_screen, directions = "", []
    for part in re.split(r"[，,、]", hint) if hint else ():
        mark = OFF_SCREEN.get(part.strip().upper()) or OFF_SCREEN.get(part.strip())
        if mark:
            off_screen = off_screen or mark
        elif part.strip():
            directions.append(part.strip())
    names = []
    for name in _NAME_SEPARATORS.split(written):
        if (glued := _GLUED_VOICE.match(name)) is not None and glued.group(1) not in NOT_SPEAKERS:
            name = glued.group(1)
            off_screen = off_screen or OFF_SCREEN.get(glued.group(2).upper(), "OS")
        if not _is_name(name, cast):
            return None
        names.append(name)
    if any(name in NARRATORS for name in names):
        off_screen = "VO"
    if not directions and (leading := _LEADING_DIRECTION.match(text)) is not None:
        directions, text = [leading.group(1).strip()], leading.group(2).strip()
    return Cue("、".join(names), names, off_screen, "，".join(directions), text)


def _is_name(name: str, cast: Container[str]) -> bool:
    if not name or name in NOT_SPEAKERS:
        return False
    latin = name.isascii()
    if len(name) > (MAX_LATIN_SPEAKER_CHARS if latin else MAX_SPEAKER_CHARS):
        return False
    return latin or name[-1] not in _SPEECH_VERBS or len(name) == 1 or name in cast


def label_of(line: str) -> str | None:
    """The word before a line's colon, when the line is labelled (``字幕：三年后`` → 字幕), leaving out a
    direction in brackets: ``林晓（看短信）：…`` is labelled 林晓, a speaker, not a text message."""
    match = _LABEL.match(line)
    return match.group(1).strip() if match else None


def is_on_screen_text(line: str) -> bool:
    """Text the audience reads in frame: subtitles, a phone screen, a message."""
    if ON_SCREEN_MARK.match(line):
        return True
    label = label_of(line)
    return label is not None and (label in ON_SCREEN_LABELS or label.endswith("显示") or "屏幕" in label
                                  or "短信" in label)


@dataclass
class CastEntries:
    """What a 人物： line lists: names and group words (全员, 前场所有人) in order, and extras."""

    names: list[str]
    extras: int = 0
    extras_written: str = ""


def cast_entries(text: str) -> CastEntries:
    """The entries of a cast line, with extras set apart from characters."""
    found = CastEntries([])
    extras = []
    for entry in _CAST_SEPARATORS.split(text):
        name = _NAME_NOTE.sub("", entry).strip().removesuffix("等").strip()
        if not name:
            continue
        if _EXTRAS.search(name):
            count = _HEAD_COUNT.search(name)
            found.extras += chinese_number(count.group(1)) if count else 1
            extras.append(entry)
        else:
            found.names.append(name)
    found.extras_written = "、".join(extras)
    return found
