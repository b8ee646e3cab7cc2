"""A grammar of Chinese micro-drama scripts in the layouts of docs/scripts.md, with the breakdown
a script supervisor writes down for each script it draws.

``chinese_scripts()`` draws a whole script: episodes under any episode heading (or none),
scenes under scene headings of every layout mixed in one file (joined, wrapped, spread over
lines, full-width), cast lines with group words and extras, action, dialogue on the cue's
line or under a cue alone, directions, several speakers, off-screen voices, voice-over and
narration, on-screen text, music, transitions, flashbacks and lines outside any scene, with
blank lines and indentation where a writer puts them, saved in any accepted encoding. With
it comes what the import must give, and for each line where its text must end up.

Kept out, so that every script drawn has one reading only:

- Names are a surname and one to three given-name characters, 老/小/阿 and a surname, or a
  one-word Latin name: none holds another, none is a heading, group, extras or label word. A
  name ending in a speech verb (林道) speaks only once its episode has listed it or heard it:
  before that, ``林道：…`` reads like ``她说：…``, prose. In action text a Latin name stands
  apart from Chinese text by spaces: ShotGraph finds Latin names as whole words.
- Places use no character of a time or 内/外 word, except a final 内 or 外 (车内, 门外), and a
  place ending so is glued only to a time word (``车内日外``, never ``车内外日``: 内外 is a word);
  or they are real places holding such a word (夜总会, 外滩, 深夜食堂), written apart from the
  time and 内/外 (凌晨内外滩 is also 凌晨 内外 滩). A place starting with a digit or a Latin letter
  (3号仓库, KTV包厢) is never joined to the scene number before it.
- Speech and action start with no digit, bracket or mark and hold no colon, but for prose drawn
  to look like a heading or a cue (``3个黑衣人…``, ``她说：…``); an unmarked action line never
  directly follows a cue's speech (it would read as more of it): a blank line comes between, and
  no blank line splits a speech.
- A plain scene number (``3 客厅 日内``) is used only once its episode has begun, and names a time
  or 内/外 unless its 场景/地点/时间 lines follow; scene numbers differ within an episode.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from hypothesis import strategies as st

from shotgraph.core.model import IntExt, TimeOfDay

TIME_WORDS = {
    TimeOfDay.DAWN: ("凌晨", "黎明", "清晨", "晨", "早"),
    TimeOfDay.DAY: ("日", "白天", "上午", "中午", "下午"),
    TimeOfDay.DUSK: ("黄昏", "傍晚", "昏"),
    TimeOfDay.NIGHT: ("夜", "夜晚", "深夜", "晚"),
}
INT_EXT_WORDS = {IntExt.INT: ("内", "内景"), IntExt.EXT: ("外", "外景"), IntExt.INT_EXT: ("内外", "内/外")}
SURNAMES = "林陈苏顾沈叶萧韩宋温江许秦钟唐孟"
GIVEN_NAMES = "墨婉言浩薇晴舟瑶珊然宁远川琳昊凡"
SPEECH_VERB = "道"
"""Ends names such as 林道, as it ends 说道 in prose."""
LATIN_NAMES = ("Tony", "Anna", "Lily", "Kevin", "Emma", "Carlos", "Gustavo")
PLACE_CHARACTERS = "客厅书房卧室办公楼馆店站街巷桥湖山庙府宅廊库厂园码头酒吧医院走道门口车村镇江边仓祠堂屋总裁塔"
NAMED_PLACES = ("夜总会", "外滩", "白天鹅宾馆", "早餐店", "内蒙古饭店", "深夜食堂", "黄昏市场", "日料店", "3号仓库",
                "KTV包厢")
"""Real places holding a heading word or starting with a digit or a Latin letter."""
TITLES = ("初遇", "回乡", "旧账", "大结局", "真相", "重逢", "风起云涌", "The Return")
AUTHORS = ("许知远", "周然", "李青")
ACTIONS = ("{a}推门而入，手里端着一杯咖啡。", "{a}看着{b}，一言不发。", "窗外下着大雨。", "{a}转身离开。",
           "一辆大巴车在乡村公路上颠簸前行。", "{a}和{b}对坐无言。", "山风吹动衣角。")
PROSE = ("3个黑衣人冲了进来。", "1-2 个人守在门口。", "她说：我不去。")
"""Action a writer leaves unmarked that starts like a heading or has a colon like a cue."""
LABELLED = ("画面：窗外大雨。", "音效：远处传来雷声。")
"""Action labelled before a colon: the label is no speaker."""
SPEECHES = ("陈总，您的咖啡。", "放下吧。", "我等了你三年。", "不要！", "对不起。", "你先说。", "OK，我知道了。",
            "这件事到此为止。", "……", "明天见", "施主，山门已闭。")
DIRECTIONS = ("冷冷地", "转身", "哽咽", "压低声音", "笑", "同时", "看短信", "盯着屏幕")
ON_SCREEN = ("字幕：{t}", "【字幕】{t}", "手机屏幕上显示：{t}", "短信：{t}")
ON_SCREEN_TEXTS = ("三年后", "老公来电", "我到了", "明天见")
MUSIC = ("♪ 钢琴声起", "♪音乐渐弱", "♫ 雨声渐大")
TRANSITIONS = ("【转场】", "（转场）")
FLASHBACKS = ("【闪回】", "（闪回）")
FLASHBACK_ENDS = ("【闪回结束】", "（闪回结束）")
OUTSIDE = ("本剧纯属虚构，如有雷同纯属巧合", "未完待续", "（本集完）", "—— 完 ——", "备注：本稿为第二稿")
"""Lines a writer leaves outside any scene (before the first, or under an episode heading): kept, and reported."""
GROUP_SPEAKERS = ("全员", "所有人", "众人", "大家")
EXTRAS_NOUNS = ("保镖", "村民", "食客", "记者", "护士", "学生")
OFF_SCREEN_MARKS = ("（OS）", "(OS)", "OS", "（画外音）", "（内心独白）", "（心声）")
VOICE_OVER_MARKS = ("（VO）", "(VO)")
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "gb18030")
_CHINESE = re.compile(r"[\u3400-\u9fff]")
_DIGITS = "零一二三四五六七八九"
_FULL_WIDTH = str.maketrans({**{str(i): chr(0xFF10 + i) for i in range(10)}, "-": "－", "A": "Ａ"})


def chinese_numeral(number: int) -> str:
    """12 as 十二, 105 as 一百零五 (1 to 199)."""
    hundreds, rest = divmod(number, 100)
    tens, units = divmod(rest, 10)
    text = f"{_DIGITS[hundreds]}百" if hundreds else ""
    if tens:
        text += ("" if tens == 1 and not hundreds else _DIGITS[tens]) + "十"
    elif hundreds and units:
        text += "零"
    return text + (_DIGITS[units] if units else "")


def named_in(name: str, text: str) -> bool:
    """Whether ``text`` names the character: anywhere for a Chinese name, as a whole word otherwise."""
    if _CHINESE.search(name):
        return name in text
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) is not None


# -- what the import must give -------------------------------------------------------------------

@dataclass
class ExpectedShot:
    description: str = ""
    dialogue: str = ""
    in_frame: list[str] | None = None
    """The speakers seen; None for action and on-screen text, which show the characters they name."""
    notes: list[str] = field(default_factory=list)
    insert: bool = False
    flashback: bool = False


@dataclass
class ExpectedScene:
    code: str
    time: TimeOfDay | None
    int_ext: IntExt | None
    place: str
    notes: list[str]
    cast: list[str] = field(default_factory=list)
    voices: list[str] = field(default_factory=list)
    """Voice-over and narration heard in the scene."""
    extras: int = 0
    shots: list[ExpectedShot] = field(default_factory=list)


@dataclass
class ExpectedEpisode:
    number: int
    title: str
    scenes: list[ExpectedScene] = field(default_factory=list)


@dataclass(frozen=True)
class Source:
    """Where the text of an input line must end up: ``place`` is title, episode, heading (a scene's
    heading), cast (a scene's cast), shot (a description or dialogue), note (a shot's or a scene's
    notes) or unread (the import report, with the line's number)."""

    line: int
    place: str
    text: str


@dataclass
class ChineseScript:
    """A drawn script, its bytes, and the breakdown it must import to."""

    lines: list[str]
    encoding: str
    newline: str
    title: str
    author: str
    episodes: list[ExpectedEpisode]
    unread: list[tuple[int, str]]
    sources: list[Source]

    @property
    def data(self) -> bytes:
        return (self.newline.join(self.lines) + self.newline).encode(self.encoding)

    def cast(self) -> list[str]:
        """Every character in a scene cast, in order of appearance."""
        return list(dict.fromkeys(n for e in self.episodes for s in e.scenes for n in s.cast))


# -- the grammar ---------------------------------------------------------------------------------

def _apart(names: list[str]) -> bool:
    return not any(a != b and a.lower() in b.lower() for a in names for b in names)


_chinese_names = st.one_of(
    st.tuples(st.sampled_from(SURNAMES), st.text(GIVEN_NAMES, min_size=1, max_size=3)).map("".join),
    st.tuples(st.sampled_from("老小阿"), st.sampled_from(SURNAMES)).map("".join),
    st.tuples(st.sampled_from(SURNAMES), st.text(GIVEN_NAMES, max_size=1), st.just(SPEECH_VERB)).map("".join))
_names = st.one_of(_chinese_names, _chinese_names, st.sampled_from(LATIN_NAMES))
_casts = st.lists(_names, min_size=2, max_size=6, unique_by=str.lower).filter(_apart)
_place_parts = st.tuples(st.text(PLACE_CHARACTERS, min_size=1, max_size=4), st.sampled_from(("", "", "内", "外")))
_places = st.one_of(_place_parts.map("".join), _place_parts.map("".join), st.sampled_from(NAMED_PLACES), st.tuples(
    _place_parts.map("".join), _place_parts.map("".join)).map("/".join))

_nouns, _counts = st.sampled_from(EXTRAS_NOUNS), st.integers(2, 50)
_extras = st.one_of(
    st.sampled_from((("群演", 1), ("路人", 1), ("群演若干", 1))),
    _counts.map(lambda n: (f"群演{n}人", n)), _counts.map(lambda n: (f"路人{n}名", n)),
    _counts.map(lambda n: (f"群演{chinese_numeral(n)}人", n)),
    _nouns.map(lambda n: (f"若干{n}", 1)), _nouns.map(lambda n: (f"{n}若干", 1)), _nouns.map(lambda n: (f"几个{n}", 1)))
"""An extras entry of a cast line, and the head count it gives."""


@st.composite
def chinese_scripts(draw) -> ChineseScript:
    """A Chinese script in any mix of layouts, and what it must import to."""
    writer = _Writer(draw, draw(_casts))
    writer.front_matter()
    for number in draw(st.lists(st.integers(1, 120), min_size=1, max_size=3, unique=True)):
        writer.episode(number)
    return writer.finish(draw(st.sampled_from(ENCODINGS)), draw(st.sampled_from(("\n", "\r\n"))))


@dataclass
class _Word:
    kind: str
    """time, int_ext or place."""
    value: TimeOfDay | IntExt | str
    text: str


class _Writer:
    """Writes a script line by line, keeping what each line must give, as a reader of it would."""

    def __init__(self, draw, cast: list[str]) -> None:
        self.draw = draw
        self.names = cast
        self.lines: list[str] = []
        self.sources: list[Source] = []
        self.unread: list[tuple[int, str]] = []
        self.title = self.author = ""
        self.episodes: list[ExpectedEpisode] = []
        self.episode_cast: dict[int, list[str]] = {}
        self.scene: ExpectedScene | None = None
        self.previous_cast: list[str] = []
        self.waiting_notes: list[str] = []
        """Lines outside any scene, kept as notes of the scene that follows."""
        self.shot_notes: list[str] = []
        """Music, transitions and flashback marks before the scene's first shot."""
        self.flashback = False
        self.speech_open = False
        """A cue alone's speech has begun: an unmarked line would continue it."""

    # -- lines -------------------------------------------------------------------------------------

    def pick(self, items):
        return self.draw(st.sampled_from(items))

    def maybe(self) -> bool:
        return self.draw(st.booleans())

    def line(self, text: str, *sources: tuple[str, str]) -> int:
        indent = self.pick(("", "", "", " ", "  ", "\u3000\u3000", "\t"))
        trailing = self.pick(("", "", "", " ", "\u3000"))
        self.lines.append(f"{indent}{text}{trailing}")
        number = len(self.lines)
        self.sources += [Source(number, place, fragment) for place, fragment in sources]
        return number

    def blanks(self, least: int = 0) -> None:
        count = self.draw(st.integers(least, max(least, 2)))
        for _ in range(count):
            self.lines.append(self.pick(("", "", " ", "\u3000", "\t")))
        if count:
            self.speech_open = False

    # -- outside scenes ----------------------------------------------------------------------------

    def front_matter(self) -> None:
        if self.maybe():
            self.title = self.pick(TITLES[:-1])
            self.line(self.pick((f"《{self.title}》", f"剧名：{self.title}")), ("title", self.title))
        if self.maybe():
            self.author = self.pick(AUTHORS)
            self.line(f"{self.pick(('编剧', '作者'))}：{self.author}", ("title", self.author))
        self.outside_lines()

    def outside_lines(self) -> None:
        for text in self.draw(st.lists(st.sampled_from(OUTSIDE), max_size=2)):
            self.blanks()
            number = self.line(text, ("unread", text))
            self.unread.append((number, text))
            self.waiting_notes.append(text)

    def episode(self, number: int) -> None:
        self.end_scene()
        headed = self.maybe()
        title = self.pick(("",) + TITLES) if headed else ""
        self.episodes.append(ExpectedEpisode(number, title))
        self.episode_cast[number] = []
        if headed:
            self.blanks()
            self.line(self.episode_heading(number, title), ("episode", title))
            if self.maybe():
                self.episode_cast_line()
            self.outside_lines()
        steps = self.draw(st.lists(st.integers(1, 2), min_size=1, max_size=3))
        for index in range(len(steps)):
            self.start_scene(sum(steps[:index + 1]), first_unheaded=not headed and index == 0)
            self.scene_body()

    def episode_heading(self, number: int, title: str) -> str:
        written = self.pick((str(number), chinese_numeral(number), str(number).translate(_FULL_WIDTH)))
        titled = (lambda heading: f"{heading}{self.pick((' ', '：', ':', '、', '  '))}{title}") if title else str
        layouts = [titled(f"第{written}集"), f"# {titled(f'第 {written} 集')}", f"## {titled(f'第{written}集')}",
                   f"**{titled(f'第{written}集')}**", f"【第{written}集】" + (f" {title}" if title else ""),
                   titled(f"EP{number:02d}"), titled(f"Episode {number}"), titled(f"Ep.{number}")]
        return self.pick(layouts)

    def episode_cast_line(self) -> None:
        listed = self.draw(st.lists(st.sampled_from(self.names), min_size=1, max_size=3, unique=True))
        text = f"人物：{self.listed(listed)}"
        self.blanks()
        self.line(text, ("note", text))
        self.waiting_notes.append(text)
        self.episode_cast[self.episodes[-1].number] = list(listed)

    # -- scene headings ----------------------------------------------------------------------------

    def heading_words(self) -> list[_Word]:
        """A time, 内/外 and a place, each there three times in four."""
        words = []
        if self.pick((True, True, True, False)):
            time = self.pick(list(TIME_WORDS))
            words.append(_Word("time", time, self.pick(TIME_WORDS[time])))
        if self.pick((True, True, True, False)):
            int_ext = self.pick(list(INT_EXT_WORDS))
            words.append(_Word("int_ext", int_ext, self.pick(INT_EXT_WORDS[int_ext])))
        if self.pick((True, True, True, False)):
            place = self.draw(_places)
            words.append(_Word("place", place, place))
        return words

    def written_words(self, words: list[_Word]) -> str:
        """The words in any order, separated or joined: 日内, 总裁办公室日内, 日内总裁办公室, 客厅/日/内."""
        by_kind = {w.kind: w.text for w in words}
        tokens = [w.text for w in words]
        if "time" in by_kind and "int_ext" in by_kind and self.maybe():
            time, int_ext, place = by_kind["time"], by_kind["int_ext"], by_kind.get("place")
            joint = self.pick(("", "/") if "/" not in int_ext else ("",))  # 日/内/外 is 日 with 内/外, or not
            pair = self.pick((time + joint + int_ext, int_ext + joint + time))
            tokens = [pair, place] if place else [pair]
            if place and place not in NAMED_PLACES and self.maybe():
                place_first = place[-1] not in "内外" or pair.startswith(time)  # 车内外日 reads as 车 内外 日
                tokens = [self.pick([pair + joint + place] + [place + joint + pair] * place_first)]
        tokens = self.draw(st.permutations(tokens))
        separators = (" ", "  ", "，", ",", "、", " ，", "\u3000")
        written = tokens[0] if tokens else ""
        for token in tokens[1:]:
            written += self.pick(separators) + token
        return written

    def start_scene(self, number: int, first_unheaded: bool) -> None:
        self.end_scene()
        episode = self.episodes[-1]
        words = self.heading_words()
        layout = "numbered" if first_unheaded else self.pick(("numbered", "numbered", "plain", "场"))
        if not words and layout == "plain":
            layout = "numbered"  # a plain number alone is a heading only when its details follow
        on_line, rest = words, []
        if words and self.maybe():
            on_line = self.draw(st.permutations(words))
            split = self.draw(st.integers(0, len(words) - 1))
            on_line, rest = on_line[:split], on_line[split:]
        elif words and all(w.kind == "place" for w in words):
            time = self.pick(list(TIME_WORDS))  # 1-1 客厅 alone could be prose: a heading names a time
            words.insert(self.draw(st.integers(0, len(words))), _Word("time", time, self.pick(TIME_WORDS[time])))
        code = str(number) + (self.pick(("", "", "A")) if layout != "场" else "")
        self.blanks()
        self.line(self.scene_heading(episode.number, code, layout, self.written_words(on_line)),
                  ("heading", ""), *(("heading", w.text) for w in on_line))
        colon = self.pick(("：", ":"))
        for label, detail in self.details(rest):
            self.blanks()
            self.line(f"{label}{colon}{detail}", ("heading", detail))
        found = {w.kind: w.value for w in words}
        self.scene = ExpectedScene(code, found.get("time"), found.get("int_ext"), found.get("place", ""),
                                   notes=self.waiting_notes)
        self.waiting_notes = []
        episode.scenes.append(self.scene)

    def scene_heading(self, episode: int, code: str, layout: str, words: str) -> str:
        if layout == "numbered":
            number = f"{episode}{self.pick(('-', '-', '—', '–', ' - '))}{code}"
            separators = ("", " ", "  ", "，", ",", "、")
        elif layout == "plain":
            number, separators = code, (" ", "、")
        else:
            written = self.pick((code, chinese_numeral(int(code))))
            number = self.pick((f"第{written}场", f"场景{written}", f"场次{written}"))
            separators = ("", " ", "，", "：")
        if self.maybe():
            number = number.translate(_FULL_WIDTH)
        if words[:1].isascii():
            separators = tuple(s for s in separators if s)  # 1-13号仓库 would be scene 13
        separator = self.pick(separators) if words else ""
        wrapped = self.pick(("plain", "plain", "bold", "hash", "bracket"))
        if wrapped == "bracket":
            return f"【{number}】{self.pick(('', ' '))}{words}".rstrip()
        heading = f"{number}{separator}{words}"
        return {"plain": heading, "bold": f"**{heading}**", "hash": f"{self.pick(('#', '##'))} {heading}"}[wrapped]

    def details(self, words: list[_Word]) -> list[tuple[str, str]]:
        """A heading spread over lines: 场景：夜 内 堂屋, or 地点：堂屋 and 时间：夜 (内/外 with either)."""
        if not words:
            return []
        kinds = {w.kind for w in words}
        if self.maybe() or kinds == {"int_ext"}:
            return [("场景", self.written_words(words))]
        by_label: dict[str, list[str]] = {"地点": [], "时间": []}
        for word in words:
            label = {"place": "地点", "time": "时间"}.get(word.kind) or ("地点" if "place" in kinds else "时间")
            by_label[label].append(word.text)
        return self.draw(st.permutations([(label, " ".join(found)) for label, found in by_label.items() if found]))

    # -- scene lines -------------------------------------------------------------------------------

    def scene_body(self) -> None:
        if self.maybe():
            self.cast_line()
        kinds = ("action", "action", "plain action", "prose", "labelled", "dialogue", "dialogue", "cue alone",
                 "cue alone", "on screen", "music", "transition", "flashback start", "flashback end", "cast line")
        for kind in self.draw(st.lists(st.sampled_from(kinds), max_size=6)):
            self.blanks(least=1 if kind in ("plain action", "prose") and self.speech_open else 0)
            getattr(self, kind.replace(" ", "_"))()

    def end_scene(self) -> None:
        if self.scene is not None:
            self.scene.notes += self.shot_notes
            self.previous_cast = list(self.scene.cast)
        self.scene, self.shot_notes, self.flashback, self.speech_open = None, [], False, False

    def cast_member(self, name: str) -> None:
        if name not in self.scene.cast:
            self.scene.cast.append(name)
        cast = self.episode_cast[self.episodes[-1].number]
        if name not in cast:
            cast.append(name)

    def cast_line(self) -> None:
        """人物： and the scene cast: names (with a note or not), group words and extras, in any order."""
        names = self.draw(st.lists(st.sampled_from(self.names), max_size=4, unique=True))
        groups = self.draw(st.lists(st.sampled_from(("全员", "所有人", "前场所有人")), max_size=1))
        extras = self.draw(st.lists(_extras, max_size=2))
        entries = [("name", name, name + self.pick(("", "", "（女主）", "(配角)"))) for name in names]
        entries += [(group, group, group) for group in groups] + [("extras", w, w) for w, _ in extras]
        entries = self.draw(st.permutations(entries or [("name", self.names[0], self.names[0])]))
        episode_cast = self.episode_cast[self.episodes[-1].number]
        sources = [("cast", "")]
        for kind, entry, _ in entries:
            group = {"全员": episode_cast, "所有人": episode_cast, "前场所有人": self.previous_cast}.get(kind, ())
            for name in [entry] if kind == "name" else list(group):
                self.cast_member(name)
                sources.append(("cast", name))
            if kind == "extras":
                sources.append(("note", entry))
        if extras:
            self.scene.extras += sum(count for _, count in extras)
            self.scene.notes.append("群演：" + "、".join(entry for kind, entry, _ in entries if kind == "extras"))
        label = self.pick(("人物", "出场人物", "主要人物"))
        self.line(f"{label}{self.pick(('：', ':', '： '))}{self.listed([w for *_, w in entries])}", *sources)

    def listed(self, entries: list[str]) -> str:
        """A cast line's entries, separated by 、，or , (with spaces or not)."""
        text = entries[0]
        for entry in entries[1:]:
            text += self.pick(("、", "，", ",", "， ", " 、")) + entry
        return text

    def add_shot(self, shot: ExpectedShot) -> None:
        shot.notes, shot.flashback = self.shot_notes + shot.notes, self.flashback
        self.shot_notes = []
        self.scene.shots.append(shot)
        self.speech_open = False

    def add_note(self, text: str) -> None:
        """A note on the shot before it, or on the scene's first shot when there is none yet."""
        if self.scene.shots:
            self.scene.shots[-1].notes.append(text)
        else:
            self.shot_notes.append(text)
        self.speech_open = False

    def action_text(self) -> str:
        a, b = self.draw(st.lists(st.sampled_from(self.names), min_size=2, max_size=2, unique=True))
        spaced = {name: f" {name} " if name.isascii() else name for name in (a, b)}
        return self.pick(ACTIONS).format(a=spaced[a], b=spaced[b]).strip()

    def action(self) -> None:
        text = self.action_text()
        self.line(f"{self.pick(('△', '▲', '△ '))}{text}", ("shot", text))
        self.add_shot(ExpectedShot(description=text))

    def plain_action(self, text: str = "") -> None:
        text = text or self.action_text()
        self.line(text, ("shot", text))
        self.add_shot(ExpectedShot(description=text))

    def prose(self) -> None:
        self.plain_action(self.pick(PROSE))

    def labelled(self) -> None:
        self.plain_action(self.pick(LABELLED))

    def on_screen(self) -> None:
        text = self.pick(ON_SCREEN).format(t=self.pick(ON_SCREEN_TEXTS))
        self.line(text, ("shot", text))
        self.add_shot(ExpectedShot(description=text, insert=True))

    def music(self) -> None:
        self.note_line(self.pick(MUSIC))

    def transition(self) -> None:
        self.note_line(self.pick(TRANSITIONS))

    def flashback_start(self) -> None:
        self.note_line(self.pick(FLASHBACKS))
        self.flashback = True

    def flashback_end(self) -> None:
        self.note_line(self.pick(FLASHBACK_ENDS))
        self.flashback = False

    def note_line(self, text: str) -> None:
        self.line(text, ("note", text))
        self.add_note(text)

    def dialogue(self) -> None:
        self.speech(alone=False)

    def cue_alone(self) -> None:
        self.speech(alone=True)

    def speech(self, alone: bool) -> None:
        """A dialogue line, or a cue alone on its line and the lines of its speech."""
        written, speakers, voice, mark = self.speakers()
        direction = self.pick((None, None) + DIRECTIONS)
        placing = self.pick(("hint", "leading") + (("own line",) if alone else ()))
        text = "" if alone else self.pick(SPEECHES)
        cue = self.cue(written, mark, direction if placing == "hint" else None)
        leading = f"（{direction}）" if direction and placing == "leading" else ""
        sources = [("shot", written)] + [("shot", part) for part in (direction, text) if part]
        self.line(f"{cue}{self.pick(('：', '：', ':'))}{leading}{text}", *sources)
        if alone:
            text = self.speech_lines(direction if placing == "own line" else None)
        self.add_shot(_dialogue_shot(written, speakers, voice, direction, text))
        self.speech_open = alone
        for name in speakers:
            if voice != "VO":
                self.cast_member(name)
            elif name not in self.scene.cast and name not in self.scene.voices:
                self.scene.voices.append(name)

    def speakers(self) -> tuple[str, list[str], str, str]:
        """Who speaks: the cue as written, the characters, OS or VO (or ""), and the voice mark as written."""
        who = self.pick(("one", "one", "one", "two", "group", "narrator"))
        if who == "group":
            return self.pick(GROUP_SPEAKERS), list(self.scene.cast), "", ""
        if who == "narrator":
            return "旁白", ["旁白"], "VO", ""
        count = 2 if who == "two" else 1
        known = self.episode_cast[self.episodes[-1].number]
        able = [name for name in self.names if not name.endswith(SPEECH_VERB) or name in known]
        if len(able) < count:
            return "旁白", ["旁白"], "VO", ""
        speakers = self.draw(st.lists(st.sampled_from(able), min_size=count, max_size=count, unique=True))
        voice = self.pick(("", "", "OS", "VO"))
        marks = {"OS": OFF_SCREEN_MARKS, "VO": VOICE_OVER_MARKS}.get(voice, ("",))
        if who == "two" or speakers[0].isascii():
            marks = tuple(m for m in marks if m != "OS")  # OS glued to one Chinese name only: 林晚OS
        return "、".join(speakers), speakers, voice, self.pick(marks)

    def cue(self, written: str, mark: str, direction: str | None) -> str:
        """The speakers with their voice mark, glued (林晚OS) or in brackets with the direction: 陈墨（OS，冷冷地）."""
        glued = mark == "OS"
        hint = "" if glued or not mark else mark[1:-1]
        opening, closing = (mark[0], mark[-1]) if hint else self.pick((("（", "）"), ("(", ")")))
        if direction:
            hint = f"{hint}{self.pick(('，', ','))}{direction}" if hint else direction
        return written + ("OS" if glued else "") + (f"{opening}{hint}{closing}" if hint else "")

    def speech_lines(self, direction: str | None) -> str:
        """The lines under a cue alone: a direction on its own line or not, then one to three lines of speech."""
        if direction:
            self.blanks()
            self.line(f"（{direction}）", ("shot", direction))
        self.blanks()
        lines = self.draw(st.lists(st.sampled_from(SPEECHES), min_size=1, max_size=3))
        for said in lines:
            self.line(said, ("shot", said))
        return "\n".join(lines)

    # -- the script ------------------------------------------------------------------------------

    def finish(self, encoding: str, newline: str) -> ChineseScript:
        self.end_scene()
        script = ChineseScript(self.lines, encoding, newline, self.title, self.author, self.episodes,
                               self.unread, self.sources)
        cast = script.cast()
        for episode in self.episodes:
            for scene in episode.scenes:
                for shot in scene.shots:
                    if shot.in_frame is None:
                        shot.in_frame = [name for name in cast if named_in(name, shot.description)]
        return script


def _dialogue_shot(written: str, speakers: list[str], voice: str, direction: str | None, text: str) -> ExpectedShot:
    """The shot a dialogue makes: the cue with its voice mark (a narrator's is left out) and the speech
    as its dialogue, the direction as its description, the speakers in frame unless only heard. A cue
    of Latin names only is punctuated in English: ``Tony (OS): …``."""
    chinese = _CHINESE.search(written) is not None
    opening, closing, colon = ("（", "）", "：") if chinese else (" (", ")", ": ")
    shown_voice = f"{opening}{voice}{closing}" if voice and written != "旁白" else ""
    description = f"{opening}{direction}{closing}".strip() if direction else ""
    return ExpectedShot(description=description, dialogue=f"{written}{shown_voice}{colon}{text}",
                        in_frame=[] if voice else list(speakers))
