"""Continuity: the script supervisor's checks.

Pair rules compare consecutive shots of one scene; wardrobe and props are followed
through a scene in scene order (and wardrobe across the scenes of a story day);
every scene should open wide.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import combinations
from operator import attrgetter

from shotgraph.core.model import Angle, Intent, Look, Scene, ScreenPos, Shot, ShotSize, TimeOfDay

from .facts import EpisodeFacts, ProjectFacts
from .findings import Hit, Severity, Text
from .registry import Scope, rule

_LINE_CROSS = Intent.LINE_CROSS
_JUMP_CUT = Intent.JUMP_CUT
_MONTAGE = Intent.MONTAGE
_POV = Intent.POV
_FLASHBACK = Intent.FLASHBACK
_MULTI_LOCATION = Intent.MULTI_LOCATION

_ORDER = {ScreenPos.L: 0, ScreenPos.C: 1, ScreenPos.R: 2}
"""Left-to-right order of screen positions: L < C < R."""
SCALE: dict[ShotSize, int] = {size: size.scale for size in ShotSize if size.scale is not None}
"""The size scale EWS 0 … ECU 6; INSERT is not on it."""
_SIDEWAYS = frozenset({Look.L, Look.R})
_SIDE_EN = {Look.L: "left", Look.R: "right"}
_SIDE_ZH = {Look.L: "左", Look.R: "右"}
_TIME_ZH = {TimeOfDay.DAWN: "晨", TimeOfDay.DAY: "日", TimeOfDay.DUSK: "昏", TimeOfDay.NIGHT: "夜"}
_ANGLE_ZH = dict(zip(Angle, ("平拍", "俯拍", "仰拍", "顶拍", "斜角", "主观", "过肩"), strict=True))
_SIZE_ZH = dict(zip(ShotSize, ("大远景", "远景", "全景", "中景", "近景", "特写", "大特写", "插入"), strict=True))
SIZE_JUMP = 4
"""Steps on the size scale from which a cut between two sizes jars."""
_WIDE = frozenset({ShotSize.EWS, ShotSize.WS, ShotSize.FS})
ESTABLISHING_WITHIN = 3
"""A scene should show where it is within its first 3 shots."""

Change = tuple[str, str, str]
"""(character or prop id, value before, value now)."""
DayChange = tuple[str, str, str, int]
"""A look changed across scenes: (character id, look before, look now, story day)."""
_CHARACTERS, _LOOK = attrgetter("characters"), attrgetter("character_id", "wardrobe_id")
_PROPS, _STATE = attrgetter("props"), attrgetter("prop_id", "state")


def name(episode: EpisodeFacts, character_id: str) -> str:
    """A character's name for a message (the id when the character is unknown)."""
    character = episode.project.characters.get(character_id)
    return character.name if character is not None else character_id


def names(episode: EpisodeFacts, character_ids: list[str]) -> str:
    """Several characters' names for a message."""
    return ", ".join(name(episode, c) for c in character_ids)


@rule("continuity.axis", Severity.WARNING, Scope.PAIR,
      message=Text("Shots {shots} cross the axis of action: {changes_en}",
                   "镜头 {shots} 越轴：{changes_zh}"),
      hint=Text("Keep the camera on one side of the line, or mark the second shot as a deliberate "
                "line cross (intent line_cross)",
                "机位保持在轴线同一侧；如是有意越轴，请给后一个镜头标记意图 line_cross"))
def axis(episode: EpisodeFacts, i: Shot, j: Shot) -> Hit | None:
    """Jumping to the other side of the axis flips left and right, and the audience loses
    who is where. Keep the camera on one side (A or B), or mark the cut as a line cross.
    """
    if _LINE_CROSS in j.intent:
        return None
    a, b = i.camera.side, j.camera.side
    sides = a is not None and b is not None and a != b
    swaps = swapped_positions(i, j) if len(i.characters) > 1 and len(j.characters) > 1 else []
    if not sides and not swaps:
        return None
    evidence = ((a, b),) if sides else ()
    return Hit((i.id, j.id), evidence=(*evidence, *swaps), values=_axis_values(episode, evidence, swaps))


def _axis_values(episode: EpisodeFacts, sides: tuple, swaps: list[tuple]) -> dict[str, str]:
    """What crossed, in English and Chinese: the camera sides, then each swapped pair."""
    en = [f"camera side {a} → {b}" for a, b in sides]
    zh = [f"机位 {a} → {b}" for a, b in sides]
    for x, y, px, py, qx, qy in swaps:
        first, second = name(episode, x), name(episode, y)
        en.append(f"{first} and {second} swap sides ({px}, {py} → {qx}, {qy})")
        zh.append(f"{first}与{second}左右位置互换（{px}、{py} → {qx}、{qy}）")
    return {"changes_en": "; ".join(en), "changes_zh": "；".join(zh)}


def swapped_positions(i: Shot, j: Shot) -> list[tuple[str, str, ScreenPos, ScreenPos, ScreenPos, ScreenPos]]:
    """Pairs of characters seen in both shots whose left-to-right order is reversed.

    Each as (first, second, their positions in i, their positions in j); a pair sharing
    a position in either shot does not count.
    """
    before = {c.character_id: c.position for c in i.characters if c.position is not None}
    after = {c.character_id: c.position for c in j.characters if c.position is not None}
    common = [cid for cid in before if cid in after]
    swaps = []
    for x, y in combinations(common, 2):
        was = _ORDER[before[x]] - _ORDER[before[y]]
        now = _ORDER[after[x]] - _ORDER[after[y]]
        if was * now < 0:
            swaps.append((x, y, before[x], before[y], after[x], after[y]))
    return swaps


@rule("continuity.screen-direction", Severity.WARNING, Scope.PAIR,
      message=Text("Shots {shots} reverse the direction of movement across the cut ({changes})",
                   "镜头 {shots} 剪接处人物运动方向相反（{changes}），方向不连贯"),
      hint=Text("Keep the character moving toward the same side of the frame, or mark the second shot "
                "as a deliberate line cross (intent line_cross)",
                "让人物保持朝画面同一侧运动；如是有意越轴，请给后一个镜头标记意图 line_cross"))
def screen_direction(episode: EpisodeFacts, i: Shot, j: Shot) -> Hit | None:
    """A character walking right who walks left after the cut seems to turn back.
    Keep the motion direction across the cut, or mark the cut as a line cross.
    """
    if not i.characters or not j.characters or _LINE_CROSS in j.intent:
        return None
    before = {c.character_id: c.motion for c in i.characters if c.motion is not None}
    if not before:
        return None
    changes = [(c.character_id, before[c.character_id], c.motion) for c in j.characters
               if c.motion is not None and c.character_id in before and before[c.character_id] != c.motion]
    if not changes:
        return None
    text = "; ".join(f"{name(episode, cid)} {a} → {b}" for cid, a, b in changes)
    return Hit((i.id, j.id), evidence=tuple(changes), values={"changes": text})


@rule("continuity.jump-cut", Severity.WARNING, Scope.PAIR,
      message=Text("Shots {shots} show {names} in the same size, angle and camera side ({size}, {angle}): "
                   "the cut will jump",
                   "镜头 {shots} 以相同的景别、角度和机位（{size_zh}，{angle_zh}）拍摄 {names}，会形成跳切"),
      hint=Text("Change the size or the angle between the shots, or mark the cut as deliberate "
                "(intent jump_cut or montage)",
                "两个镜头之间改变景别或角度；如是有意跳切，请标记意图 jump_cut 或 montage"))
def jump_cut(episode: EpisodeFacts, i: Shot, j: Shot) -> Hit | None:
    """Cutting between two near-identical framings of the same people makes the image jump.
    Change the size or angle (by a step or more), or mark the jump cut as intended.
    """
    if not i.characters or not j.characters:
        return None
    a, b = i.camera, j.camera
    if a.size is None or a.size != b.size or a.size not in SCALE or a.angle is None or a.angle != b.angle:
        return None
    if a.side != b.side or _JUMP_CUT in j.intent or _MONTAGE in j.intent:
        return None
    seen = {c.character_id for c in i.characters}
    shared = [c.character_id for c in j.characters if c.character_id in seen]
    if not shared:
        return None
    values = {"names": names(episode, shared), "size": a.size, "size_zh": _SIZE_ZH[a.size], "angle": a.angle,
              "angle_zh": _ANGLE_ZH[a.angle]}
    return Hit((i.id, j.id), evidence=(a.size, a.angle, a.side, *shared), values=values)


@rule("continuity.eyeline", Severity.WARNING, Scope.PAIR,
      message=Text("Shots {shots}: {first} and {second} both look {look_en}; shot and reverse shot should mirror",
                   "镜头 {shots}：{first} 与 {second} 的视线都朝{look_zh}，正反打的视线方向应当相对"),
      hint=Text("Have one of them look the other way, or mark a point-of-view shot (intent pov)",
                "让其中一人的视线朝向相反一侧；如是主观镜头，请标记意图 pov"))
def eyeline(episode: EpisodeFacts, i: Shot, j: Shot) -> Hit | None:
    """In shot/reverse-shot two characters talking must look toward each other: one left,
    one right. Looking the same way, they seem to talk past each other. Mirror the looks.
    """
    if len(i.characters) != 1 or len(j.characters) != 1:
        return None
    a, b = i.characters[0], j.characters[0]
    if a.character_id == b.character_id or a.look not in _SIDEWAYS or a.look != b.look:
        return None
    if _POV in i.intent or _POV in j.intent:
        return None
    values = {"first": name(episode, a.character_id), "second": name(episode, b.character_id),
              "look_en": _SIDE_EN[a.look], "look_zh": _SIDE_ZH[a.look]}
    return Hit((i.id, j.id), evidence=(a.character_id, a.look, b.character_id, b.look), values=values)


@rule("continuity.time-of-day", Severity.ERROR, Scope.PAIR,
      message=Text("Shots {shots} change the time of day within the scene ({before} → {after})",
                   "镜头 {shots} 在同一场戏内时间不一致（{before_zh} → {after_zh}）"),
      hint=Text("Give both shots the scene's time of day, or mark the second as a flashback (intent flashback)",
                "统一两个镜头的时间；如是闪回，请给后一个镜头标记意图 flashback"))
def time_of_day(episode: EpisodeFacts, i: Shot, j: Shot) -> Hit | None:
    """One scene plays at one time; a cut from day to night inside it is a continuity error.
    Fix the shot's time override, or mark a flashback.
    """
    if i.time_of_day is None and j.time_of_day is None:
        return None
    a, b = episode.time_of_day(i), episode.time_of_day(j)
    if a is None or b is None or a == b or _FLASHBACK in j.intent:
        return None
    values = {"before": a, "after": b, "before_zh": _TIME_ZH[a], "after_zh": _TIME_ZH[b]}
    return Hit((i.id, j.id), evidence=(a, b), values=values)


@rule("continuity.location", Severity.ERROR, Scope.PAIR,
      message=Text("Shots {shots} change location within the scene ({before} → {after})",
                   "镜头 {shots} 在同一场戏内地点不一致（{before} → {after}）"),
      hint=Text("Give both shots the scene's location, split the scene, or mark the second shot "
                "as spanning places (intent multi_location)",
                "统一两个镜头的地点或拆分场次；如是有意跨地点，请给后一个镜头标记意图 multi_location"))
def location(episode: EpisodeFacts, i: Shot, j: Shot) -> Hit | None:
    """A scene happens in one place; a shot elsewhere usually belongs to another scene.
    Fix the location override, split the scene, or mark a multi-location scene.
    """
    if i.location_id is None and j.location_id is None:
        return None
    a, b = episode.location_id(i), episode.location_id(j)
    if a is None or b is None or a == b or _MULTI_LOCATION in j.intent:
        return None
    places = episode.project.locations
    values = {"before": places[a].name if a in places else a, "after": places[b].name if b in places else b}
    return Hit((i.id, j.id), evidence=(a, b), values=values)


@rule("continuity.size-jump", Severity.INFO, Scope.PAIR,
      message=Text("Shots {shots} jump from {before} to {after} in one cut",
                   "镜头 {shots} 景别从{before_zh}直接跳到{after_zh}，跨度过大"),
      hint=Text("Put a shot of a size in between, or mark the cut as montage (intent montage)",
                "在两者之间加一个过渡景别的镜头；如是蒙太奇，请标记意图 montage"))
def size_jump(episode: EpisodeFacts, i: Shot, j: Shot) -> Hit | None:
    """A cut from a wide shot straight to a close-up (or back) disorients. Step through
    a middle size, or mark the sequence as a montage.
    """
    before, after = i.camera.size, j.camera.size
    if before is None or after is None:
        return None
    a, b = SCALE.get(before), SCALE.get(after)
    if a is None or b is None or abs(a - b) < SIZE_JUMP or _MONTAGE in j.intent:
        return None
    values = {"before": before, "after": after, "before_zh": _SIZE_ZH[before], "after_zh": _SIZE_ZH[after]}
    return Hit((i.id, j.id), evidence=(before, after), values=values)


def changes_in_scene(shots: list[Shot], items: attrgetter, fields: attrgetter
                     ) -> dict[tuple[str, str], list[Change]]:
    """Each value that differs from the previous shot of the scene giving that thing a value.

    ``items`` reads a shot's entries, ``fields`` an entry's (id, value). Keyed by (previous
    shot id, current shot id); a current shot marked flashback reports nothing.
    """
    last: dict[str, tuple[str, str]] = {}
    changes: dict[tuple[str, str], list[Change]] = {}
    for shot in shots:
        shot_id = shot.id
        for key, value in map(fields, items(shot)):
            if value is None:
                continue
            previous = last.get(key)
            last[key] = (shot_id, value)
            if previous is not None and previous[1] != value and _FLASHBACK not in shot.intent:
                changes.setdefault((previous[0], shot_id), []).append((key, previous[1], value))
    return changes


def _look_text(episode: EpisodeFacts, changes: Sequence[Change | DayChange]) -> str:
    looks = episode.project.looks
    return "; ".join(f"{name(episode, cid)} {looks[a].name if a in looks else a} → "
                     f"{looks[b].name if b in looks else b}" for cid, a, b, *_ in changes)


@rule("continuity.wardrobe", Severity.ERROR, Scope.SCENE,
      message=Text("Shots {shots} change wardrobe within the scene: {changes}",
                   "镜头 {shots} 在同一场戏内服装穿帮：{changes}"),
      hint=Text("Keep each character in one look through the scene, or mark the shot as a flashback "
                "(intent flashback)",
                "同一场戏内每个角色保持同一套服装造型；如是闪回，请标记意图 flashback"))
def wardrobe(episode: EpisodeFacts, scene: Scene, shots: list[Shot]) -> Iterator[Hit]:
    """A character cannot change clothes between two shots of one scene. Give the character
    the same wardrobe look throughout the scene, or mark the shot as a flashback.
    """
    for pair, changes in changes_in_scene(shots, _CHARACTERS, _LOOK).items():
        yield Hit(pair, evidence=tuple(changes), values={"changes": _look_text(episode, changes)})


@rule("continuity.wardrobe", Severity.WARNING, Scope.PROJECT,
      message=Text("Shots {shots} change wardrobe between scenes of story day {day}: {changes}",
                   "镜头 {shots} 同属剧情日第 {day} 天的不同场次，服装不一致：{changes}"),
      hint=Text("Keep the look through the story day, or move the scene to another day; mark a flashback "
                "(intent flashback) if it is one",
                "同一剧情日内保持服装造型一致，或调整场次的剧情日；如是闪回，请标记意图 flashback"),
      reads=lambda episode, shot: (episode.story_day(shot), Intent.FLASHBACK in shot.intent,
                                   tuple((c.character_id, c.wardrobe_id) for c in shot.characters)))
def wardrobe_across(project: ProjectFacts) -> Iterator[tuple[EpisodeFacts, Hit]]:
    """On one story day a character wears the same clothes from scene to scene, unless the
    story shows the change. Keep the look, or fix the story day.

    Every shot counts on its own effective story day, so a scene whose shots carry different
    story days takes part once for each of them. Shots without a story day are left out.
    """
    last: dict[tuple[int, str], tuple[str, str]] = {}
    for episode in project.in_order():
        for shots in episode.scene_shots.values():
            for pair, changes in _changes_from_day(episode, shots, last).items():
                values = {"changes": _look_text(episode, changes), "day": changes[0][3]}
                yield episode, Hit(pair, evidence=tuple(changes), values=values)


def _changes_from_day(episode: EpisodeFacts, shots: list[Shot], last: dict[tuple[int, str], tuple[str, str]]
                      ) -> dict[tuple[str, str], list[DayChange]]:
    """Each character's first look of the scene on a story day against its last look of an earlier
    scene on that day; ``last`` then learns the scene's last looks.
    """
    scene_last: dict[tuple[int, str], tuple[str, str]] = {}
    changes: dict[tuple[str, str], list[DayChange]] = {}
    scene_day = episode.scenes[shots[0].scene_id].story_day  # the shots of one scene
    for shot in shots:
        if not shot.characters or (day := scene_day if shot.story_day is None else shot.story_day) is None:
            continue
        for cid, look in map(_LOOK, shot.characters):
            if look is None:
                continue
            key = (day, cid)
            previous = last.get(key) if key not in scene_last else None
            scene_last[key] = (shot.id, look)
            if previous is not None and previous[1] != look and _FLASHBACK not in shot.intent:
                changes.setdefault((previous[0], shot.id), []).append((cid, previous[1], look, day))
    last.update(scene_last)
    return changes


@rule("continuity.prop", Severity.WARNING, Scope.SCENE,
      message=Text("Shots {shots} change a prop within the scene: {changes}",
                   "镜头 {shots} 在同一场戏内道具穿帮：{changes}"),
      hint=Text("Reset the prop to its state in the previous shot, show the change on screen, or mark "
                "a flashback (intent flashback)",
                "把道具恢复到上一个镜头中的状态，或在画面中交代变化；如是闪回，请标记意图 flashback"))
def prop(episode: EpisodeFacts, scene: Scene, shots: list[Shot]) -> Iterator[Hit]:
    """A full cup that is empty in the next shot, with nobody drinking, is a classic
    continuity error. Keep each prop's state from shot to shot within the scene.
    """
    props = episode.project.props
    for pair, changes in changes_in_scene(shots, _PROPS, _STATE).items():
        text = "; ".join(f"{props[pid].name if pid in props else pid} {a} → {b}" for pid, a, b in changes)
        yield Hit(pair, evidence=tuple(changes), values={"changes": text})


@rule("continuity.establishing", Severity.INFO, Scope.SCENE,
      message=Text("Scene {scene} opens without a wide shot: none of its first 3 shots is EWS, WS or FS ({sizes})",
                   "第 {scene} 场开头没有交代环境：前 3 个镜头中没有大远景、远景或全景（{sizes_zh}）"),
      hint=Text("Open the scene with an establishing shot; an AI-generated wide shot is cheap",
                "在本场开头加一个建立镜头（交代镜头）；用AI生成一个远景成本很低"))
def establishing(episode: EpisodeFacts, scene: Scene, shots: list[Shot]) -> Iterator[Hit]:
    """Without a wide shot early on, the audience does not know where the scene happens.
    Open with an EWS, WS or FS. Not raised while one of the first three sizes is undecided.
    """
    if len(shots) < ESTABLISHING_WITHIN:
        return
    opening = shots[:ESTABLISHING_WITHIN]
    sizes = [size for shot in opening if (size := shot.camera.size) is not None]
    if len(sizes) < len(opening) or any(size in _WIDE for size in sizes):
        return
    evidence = tuple((shot.id, size) for shot, size in zip(opening, sizes, strict=True))
    values = {"scene": scene.code, "sizes": ", ".join(sizes), "sizes_zh": "、".join(_SIZE_ZH[size] for size in sizes)}
    yield Hit((shots[0].id,), evidence=evidence, values=values)
