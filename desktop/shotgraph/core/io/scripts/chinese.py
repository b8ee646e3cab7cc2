"""Reading Chinese micro-drama scripts in the layouts writers use (docs/scripts.md).

```
第1集 标题
1-1 日 内 总裁办公室
人物：林晓、陈墨
△林晓推门而入，手里端着一杯咖啡。
林晓：陈总，您的咖啡。
陈墨（冷冷地）：放下吧。
```

Headings are read by ``chinese_headings``, the lines of a scene by ``chinese_lines``. An
unmarked prose line inside a scene is action (many scripts drop the △); a line outside any
scene is reported and kept as a note of the nearest scene. Each line is read once with
patterns anchored at its start, so reading takes time in proportion to the script's length.
"""

from __future__ import annotations

from typing import Protocol

from .chinese_headings import (
    DETAIL,
    EPISODE,
    SceneHeading,
    chinese_number,
    episode_heading,
    heading_words,
    normalised,
    scene_heading,
)
from .chinese_lines import (
    ACTION,
    AUTHOR,
    BRACKETED,
    CAST,
    EVERYONE,
    FLASHBACK,
    FLASHBACK_END,
    MUSIC,
    NOT_SPEAKERS,
    NOTE_LABELS,
    PREVIOUS_SCENE,
    TITLE,
    TRANSITION,
    Cue,
    cast_entries,
    dialogue_cue,
    is_on_screen_text,
    label_of,
)
from .parsed import Beat, Notes, ParsedEpisode, ParsedScene, ParsedScript, UnreadLine, check_line, episode_number

MAX_EXTRAS = 10_000
"""Background performers a scene may list: a crowd scene has a few hundred."""


class HeadingMatcher(Protocol):
    """Scene headings the user taught from an example line, for a script in no layout ShotGraph knows."""

    def match(self, line: str) -> tuple[str, str] | None:
        """The scene code ("" when the layout has none) and the rest of the heading when ``line`` is one."""


def looks_chinese(text: str) -> bool:
    """Whether the text has a Chinese episode heading or a scene heading of a layout in docs/scripts.md."""
    lines = [line.strip().lstrip("\ufeff") for line in text.splitlines()]
    following = _next_lines(lines)
    return any(line and (EPISODE.match(normalised(line)) or scene_heading(line, following[i]))
               for i, line in enumerate(lines))


def parse_chinese(text: str, headings: HeadingMatcher | None = None) -> ParsedScript:
    reader = _Reader(headings)
    lines = text.splitlines()
    for number, raw in enumerate(lines, start=1):
        check_line(number, raw)
    stripped = [line.strip().lstrip("\ufeff") for line in lines]
    following = _next_lines(stripped)
    for index, line in enumerate(stripped):
        if line:
            reader.read(index + 1, line, following[index])
        else:
            reader.blank()
    return reader.finish(len(lines))


def _next_lines(lines: list[str]) -> list[str]:
    """For each line, the next non-blank line after it ("" at the end)."""
    following, after = [""] * len(lines), ""
    for index in range(len(lines) - 1, -1, -1):
        following[index] = after
        after = lines[index] or after
    return following


def _episode_number(line: int, text: str) -> int:
    """The number of an episode heading, refused when it is 0 or too large to be an episode's."""
    digits = normalised(text)
    if digits.isdecimal() or len(text) > 12:
        return episode_number(line, digits)
    return episode_number(line, text, chinese_number(text))


class _Reader:
    """Reads line by line, keeping the episode and scene it is in and any speech still open."""

    def __init__(self, headings: HeadingMatcher | None = None) -> None:
        self.headings = headings
        self.script = ParsedScript()
        self.episode: ParsedEpisode | None = None
        self.scene: ParsedScene | None = None
        self.previous: ParsedScene | None = None
        self.pending_notes = Notes()
        """Lines before the first scene, kept as notes of the scene that follows."""
        self.numbered: dict[int, ParsedEpisode] = {}
        self.episode_cast: dict[int, dict[str, None]] = {}
        self.open_speech: Beat | None = None
        """A cue alone on its line, taking the lines that follow as its speech."""
        self.flashback = False
        self.shot_notes: list[tuple[int, str]] = []
        """Music cues and transitions before the scene's first shot, for that shot."""

    def _in_scene(self) -> ParsedScene:
        """The scene being read: the steps that ask for it run only inside one (``read`` sees to it)."""
        if self.scene is None:
            raise RuntimeError("no scene is being read")
        return self.scene

    def _in_episode(self) -> ParsedEpisode:
        """The episode being read: there is one once a scene has begun."""
        if self.episode is None:
            raise RuntimeError("no episode is being read")
        return self.episode

    # -- dispatch ----------------------------------------------------------------------------

    def read(self, number: int, line: str, next_line: str) -> None:
        if (episode := episode_heading(line)) is not None:
            self._start_episode(_episode_number(number, episode[0]), episode[1], number)
        elif (taught := self._taught(line)) is not None:
            self._start_scene(number, taught)
        elif (heading := scene_heading(line, next_line)) is not None:
            self._start_scene(number, heading)
        elif self.scene is None:
            self._outside(number, line)
        elif not self.scene.beats and self.open_speech is None and (detail := DETAIL.match(line)) is not None:
            self._add_detail(number, detail.group(1), detail.group(2))
        elif (cast := CAST.match(line)) is not None:
            self._add_cast(number, cast.group(1))
        else:
            self._read_in_scene(number, line)

    def _read_in_scene(self, number: int, line: str) -> None:
        if FLASHBACK.match(line):
            self._close_speech()
            self.flashback = True
            self._add_shot_note(number, line)
        elif FLASHBACK_END.match(line):
            self._close_speech()
            self.flashback = False
            self._add_shot_note(number, line)
        elif MUSIC.match(line) or TRANSITION.match(line) or (BRACKETED.match(line) and self.open_speech is None):
            self._add_shot_note(number, line)
        elif (action := ACTION.match(line)) is not None:
            self._close_speech()
            self._add_beat(Beat(number, action.group(1)))
        elif is_on_screen_text(line):
            self._close_speech()
            self._add_beat(Beat(number, line, insert=True))
        elif (label := label_of(line)) in NOTE_LABELS:
            self._add_shot_note(number, line)
        elif (cue := dialogue_cue(line, self.episode_cast.get(self._in_episode().number, {}))) is not None:
            self._add_dialogue(number, cue)
        elif self.open_speech is not None and label not in NOT_SPEAKERS:
            self._continue_speech(self.open_speech, line)
        else:
            self._add_beat(Beat(number, line))

    def blank(self) -> None:
        """A blank line ends a cue's speech once the speech has begun (a direction is not speech)."""
        if self.open_speech is not None and self.open_speech.text:
            self.open_speech = None

    # -- episodes and scenes -------------------------------------------------------------------

    def _taught(self, line: str) -> SceneHeading | None:
        if self.headings is None or (found := self.headings.match(line)) is None:
            return None
        return SceneHeading(None, found[0], heading_words(found[1], latin=True), line)

    def _start_episode(self, number: int, title: str, line: int) -> ParsedEpisode:
        """Episode ``number``; a heading repeating an earlier episode's number continues that episode."""
        self._end_scene()
        episode = self.numbered.get(number)
        if episode is None:
            episode = self.numbered[number] = ParsedEpisode(number, title, line=line)
            self.script.episodes.append(episode)
        elif title and not episode.title:
            episode.title = title
        self.episode = episode
        return episode

    def _start_scene(self, number: int, heading: SceneHeading) -> None:
        """A scene of the episode its number names (a script may leave out the 第N集 lines), else of
        the current episode."""
        self._end_scene()
        if heading.episode is not None:
            episode = self._enter_episode(episode_number(number, heading.episode), number)
        elif self.episode is None:
            episode = self._enter_episode(1, number)
        else:
            episode = self.episode
        code = heading.code or str(len(episode.scenes) + 1)
        words = heading.words
        scene = ParsedScene(number, code, heading.text, words.place, words.int_ext, words.time_of_day)
        scene.notes, self.pending_notes = self.pending_notes, Notes()
        self.scene = scene
        self.script.add_scene(episode, scene)

    def _enter_episode(self, number: int, line: int) -> ParsedEpisode:
        if self.episode is None or self.episode.number != number:
            found = self.numbered.get(number)
            if found is None:
                return self._start_episode(number, "", line)
            self.episode = found
        return self.episode

    def _end_scene(self) -> None:
        """Close the scene: notes still waiting for a shot go to the scene's notes."""
        self._close_speech()
        if self.scene is not None:
            for number, text in self.shot_notes:
                self.scene.notes.add(number, text)
            self.previous = self.scene
        self.scene, self.shot_notes, self.flashback = None, [], False

    def _add_detail(self, number: int, label: str, text: str) -> None:
        """A heading spread over lines: 场景：夜 内 堂屋, 地点：堂屋, 时间：夜."""
        words = heading_words(text)
        scene = self._in_scene()
        if label == "时间" and words.place:
            scene.notes.add(number, f"{label}：{text}")
            words.place = ""
        scene.time_of_day = scene.time_of_day or words.time_of_day
        scene.int_ext = scene.int_ext or words.int_ext
        scene.location = scene.location or words.place
        scene.heading = f"{scene.heading} {text}".strip()

    # -- cast ------------------------------------------------------------------------------------

    def _add_cast(self, number: int, text: str) -> None:
        self._close_speech()
        entries = cast_entries(text)
        for entry in entries.names:
            if entry in EVERYONE:
                names = list(self.episode_cast.get(self._in_episode().number, {}))
            elif entry in PREVIOUS_SCENE:
                names = list(self.previous.characters) if self.previous is not None else []
            else:
                names = [entry]
            for name in names:
                self._cast_member(number, name)
        if entries.extras:
            scene = self._in_scene()
            scene.extras = min(MAX_EXTRAS, scene.extras + entries.extras)
            scene.notes.add(number, f"群演：{entries.extras_written}")

    def _cast_member(self, number: int, name: str) -> None:
        self.script.add_character(self._in_scene(), number, name)
        self.episode_cast.setdefault(self._in_episode().number, {})[name] = None

    # -- beats ----------------------------------------------------------------------------------

    def _add_beat(self, beat: Beat) -> None:
        """A shot's beat, with the notes waiting for it; action without text makes none."""
        self._close_speech()
        if not beat.text and not beat.is_dialogue:
            return
        beat.flashback = self.flashback
        beat.notes = [text for _, text in self.shot_notes]
        self.shot_notes = []
        self.script.add_beat(self._in_scene(), beat)

    def _add_dialogue(self, number: int, cue: Cue) -> None:
        names = list(self._in_scene().characters) if cue.is_group else cue.names
        beat = Beat(number, cue.text, cue.written, cue.parenthetical, cue.off_screen)
        beat.speakers = tuple(names)  # even none: 全员： in a scene without a cast yet shows nobody, not 全员
        self._add_beat(beat)
        for name in names:
            if cue.off_screen == "VO":
                self.script.add_voice(self._in_scene(), number, name)
            else:
                self._cast_member(number, name)
        self.open_speech = None if cue.text else beat

    def _continue_speech(self, speech: Beat, line: str) -> None:
        if not speech.text and not speech.parenthetical and BRACKETED.match(line):
            speech.parenthetical = line[1:-1].strip()
        else:
            speech.text = f"{speech.text}\n{line}" if speech.text else line

    def _close_speech(self) -> None:
        self.open_speech = None

    def _add_shot_note(self, number: int, text: str) -> None:
        """A note on the shot before it, or on the scene's first shot when there is none yet."""
        self._close_speech()
        scene = self._in_scene()
        if scene.beats:
            scene.beats[-1].notes.append(text)
        else:
            self.shot_notes.append((number, text))

    # -- outside scenes ----------------------------------------------------------------------------

    def _outside(self, number: int, line: str) -> None:
        if (title := TITLE.match(line)) is not None and not self.script.title:
            self.script.title = (title.group(1) or title.group(2)).strip()
        elif (author := AUTHOR.match(line)) is not None and not self.script.author:
            self.script.author = author.group(1).strip()
        elif (cast := CAST.match(line)) is not None and self.episode is not None:
            names = self.episode_cast.setdefault(self.episode.number, {})
            listed = cast_entries(cast.group(1)).names
            names.update(dict.fromkeys(n for n in listed if n not in EVERYONE and n not in PREVIOUS_SCENE))
            self.pending_notes.add(number, line)
        else:
            self.script.add_unread(UnreadLine(number, line, "outside any scene"))
            self.pending_notes.add(number, line)

    def finish(self, last_line: int) -> ParsedScript:
        self._end_scene()
        if self.pending_notes and self.script.episodes and self.script.episodes[-1].scenes:
            self.script.episodes[-1].scenes[-1].notes.take(self.pending_notes, last_line)
        return self.script
