"""AI and hybrid consistency: one face per character, plates that fit, the delivery format.

The family module of the ai.*, hybrid.* and format.* rules.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from fractions import Fraction
from functools import lru_cache

from shotgraph.core.model import Character, Mode, Shot, ShotSize

from .facts import EpisodeFacts
from .findings import Hit, Severity, Text
from .registry import AI_SHOTS, HYBRID_SHOTS, Scope, rule

_AI = Mode.AI
_CLOSE = frozenset({ShotSize.MCU, ShotSize.CU, ShotSize.ECU})
"""Sizes where an AI face carries the emotion of the scene."""
_MS_OR_TIGHTER = frozenset({ShotSize.MS, *_CLOSE})
"""Sizes where the audience reads lips."""
STRONG_EMOTION = 2
"""Emotion 2 or 3 (on 0–3) belongs to real actors in close shots."""

_SPEAKER = re.compile(r"^[ \t]*([^:：\r\n，。！？、,.!?]{1,30})[:：]", re.MULTILINE)
"""A leading ``Name:`` or ``Name：`` on a line of dialogue (short, without sentence punctuation)."""
MIRED_WARNING = 20.0
MIRED_ERROR = 40.0
LENS_TOLERANCE = 5
"""Lenses match within 1/5 (20 %) of the hybrid shot's lens."""

_RATIO = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[:/xX×]\s*(\d+(?:\.\d+)?)\s*$")


def effective_ref(shot: Shot, character_id: str, character: Character | None) -> str | None:
    """The identity reference a shot uses for a character: its own, else the character's locked one."""
    return shot.ai.refs.get(character_id) or (character.locked_ref if character is not None else None)


@rule("ai.identity", Severity.WARNING, Scope.SHOT, modes=AI_SHOTS,
      message=Text("AI shot {shots} shows {names} without an identity reference",
                   "AI镜头 {shots} 中的 {names} 没有身份参考，人物长相无法保持一致"),
      hint=Text("Lock an identity reference (image set or LoRA) on the character, or name one on the shot",
                "为该角色锁定身份参考（参考图集或LoRA），或在镜头上指定参考"))
def identity(episode: EpisodeFacts, shot: Shot) -> Hit | None:
    """Without an identity reference an AI generator invents a new face. Lock one per character."""
    if not shot.characters:
        return None
    characters = episode.project.characters
    missing = [c.character_id for c in shot.characters
               if not effective_ref(shot, c.character_id, characters.get(c.character_id))]
    if not missing:
        return None
    return Hit((shot.id,), evidence=(shot.mode, *missing), values={"names": _names(episode, missing)})


def _names(episode: EpisodeFacts, character_ids: list[str]) -> str:
    characters = episode.project.characters
    return ", ".join(characters[c].name if c in characters else c for c in character_ids)


@rule("ai.identity-drift", Severity.WARNING, Scope.EPISODE,
      message=Text("AI shots {shots} use different identity references: {changes}",
                   "AI镜头 {shots} 使用了不同的身份参考：{changes}，人物长相会前后不一"),
      hint=Text("Use the same identity reference for the character throughout the episode",
                "本集内同一角色统一使用同一个身份参考"))
def identity_drift(episode: EpisodeFacts) -> Iterator[Hit]:
    """A character generated from two references looks like two people. Keep one per episode.

    One finding per pair (first shot, this shot); it names every character that drifts.
    """
    for shots, changes in _reference_drifts(episode).items():
        text = "; ".join(f"{_names(episode, [cid])} {a} → {b}" for cid, a, b in changes)
        yield Hit(shots, evidence=tuple(changes), values={"changes": text})


def _reference_drifts(episode: EpisodeFacts) -> dict[tuple[str, str], list[tuple[str, str, str]]]:
    """(first shot, drifting shot) → (character, first reference, this reference) in episode order."""
    characters = episode.project.characters
    first: dict[str, tuple[str, str]] = {}
    drifts: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for shot in episode.order:
        if shot.mode is not _AI:
            continue
        for entry in shot.characters:
            cid = entry.character_id
            ref = effective_ref(shot, cid, characters.get(cid))
            if ref:
                first_shot, first_ref = first.setdefault(cid, (shot.id, ref))
                if ref != first_ref:
                    drifts.setdefault((first_shot, shot.id), []).append((cid, first_ref, ref))
    return drifts


@rule("ai.model-drift", Severity.WARNING, Scope.PAIR,
      message=Text("Consecutive AI shots {shots} use different models or styles ({models}; {styles})",
                   "相邻AI镜头 {shots} 使用了不同的生成模型或风格预设（{models}；{styles}），画面风格会跳"),
      hint=Text("Generate the shots of a scene with one model and one style preset",
                "同一场戏的镜头用同一个模型和风格预设生成"))
def model_drift(episode: EpisodeFacts, i: Shot, j: Shot) -> Hit | None:
    """Two generators in one scene give two looks of the same room and faces. Use one."""
    if i.mode is not _AI or j.mode is not _AI:
        return None
    a, b = i.ai, j.ai
    models_differ = a.model is not None and b.model is not None and a.model != b.model
    styles_differ = a.style is not None and b.style is not None and a.style != b.style
    if not (models_differ or styles_differ):
        return None
    values = {"models": versus(a.model, b.model), "styles": versus(a.style, b.style)}
    return Hit((i.id, j.id), evidence=(a.model, b.model, a.style, b.style), values=values)


@rule("ai.emotional-closeup", Severity.WARNING, Scope.SHOT, modes=AI_SHOTS,
      message=Text("AI shot {shots} is a {size} with emotion {emotion}: emotional close-ups belong to real actors",
                   "AI镜头 {shots} 是情绪强度 {emotion} 的 {size} 近景/特写，情绪特写应由真人演员完成"),
      hint=Text("Film it live (or hybrid), widen the size, or lower the emotion",
                "改为实拍或混合拍摄，或放宽景别、降低情绪强度"))
def emotional_closeup(episode: EpisodeFacts, shot: Shot) -> Hit | None:
    """AI faces still fail at strong emotion seen close. Give these moments to the actors."""
    if shot.emotion is None or shot.emotion < STRONG_EMOTION:
        return None
    size = shot.camera.size
    if size not in _CLOSE or not shot.characters:
        return None
    return Hit((shot.id,), evidence=(shot.mode, size, shot.emotion),
               values={"size": size.value, "emotion": shot.emotion})


@rule("ai.lipsync", Severity.WARNING, Scope.SHOT, modes=AI_SHOTS,
      message=Text("AI shot {shots} ({size}) shows its speaker {speaker} talking: lip-sync will show",
                   "AI镜头 {shots}（{size}）中说台词的 {speaker} 在画面内，口型难以对上"),
      hint=Text("Film the line live or hybrid, keep the speaker off screen or turned away, or go wider",
                "台词改为实拍或混合拍摄，或让说话人出画、背对镜头，或改用更远的景别"))
def lipsync(episode: EpisodeFacts, shot: Shot) -> Hit | None:
    """Generated mouths rarely match a spoken line in a medium or closer shot. Avoid showing them."""
    if not shot.dialogue or not shot.characters:
        return None
    size = shot.camera.size
    if size not in _MS_OR_TIGHTER:
        return None
    speaker = _shown_speaker(episode, shot)
    if speaker is None:
        return None
    return Hit((shot.id,), evidence=(shot.mode, size, shot.dialogue, speaker),
               values={"size": size.value, "speaker": _names(episode, [speaker])})


def _shown_speaker(episode: EpisodeFacts, shot: Shot) -> str | None:
    """The id of a character in the shot who speaks its dialogue, if any.

    Lines may start with ``Name:``; without any such prefix the line is the only
    character's when exactly one is shown.
    """
    prefixes = {name.strip().casefold() for name in _SPEAKER.findall(shot.dialogue)}
    if not prefixes:
        return shot.characters[0].character_id if len(shot.characters) == 1 and shot.dialogue.strip() else None
    characters = episode.project.characters
    for entry in shot.characters:
        character = characters.get(entry.character_id)
        if character is not None and character.name.strip().casefold() in prefixes:
            return entry.character_id
    return None


def versus(a: object, b: object) -> str:
    """``a ≠ b`` when two values differ, else the value; — stands for unknown."""
    shown_a, shown_b = ("—" if v is None else str(v) for v in (a, b))
    return shown_a if shown_a == shown_b else f"{shown_a} ≠ {shown_b}"


def mired_difference(kelvin_a: float, kelvin_b: float) -> float:
    """How far apart two colour temperatures are, in mireds (rounded to µ-mireds for stable limits)."""
    return round(abs(1_000_000 / kelvin_a - 1_000_000 / kelvin_b), 6)


@rule("hybrid.plate-light", Severity.WARNING, Scope.SHOT, modes=HYBRID_SHOTS,
      message=Text("Hybrid shot {shots}: foreground {fg} K and plate {plate} K are {mired} mired apart",
                   "混合镜头 {shots}：前景色温 {fg}K 与背景板色温 {plate}K 相差 {mired} mired，合成会穿帮"),
      hint=Text("Gel the set lights or grade the plate so they differ by 20 mired or less",
                "调整现场灯光色温（加色温纸）或给背景板调色，使两者相差不超过 20 mired"))
def plate_light(episode: EpisodeFacts, shot: Shot) -> Hit | None:
    """Actors lit warmer or cooler than their plate never sit in it. Match the colour temperatures.

    More than 20 mired apart is a warning; more than 40 is an error.
    """
    fg, plate = shot.fg_kelvin, shot.plate_kelvin
    if fg is None or plate is None:
        return None
    mired = mired_difference(fg, plate)
    if mired <= MIRED_WARNING:
        return None
    severity = Severity.ERROR if mired > MIRED_ERROR else Severity.WARNING
    return Hit((shot.id,), evidence=(shot.mode, fg, plate), severity=severity,
               values={"fg": f"{fg:g}", "plate": f"{plate:g}", "mired": f"{mired:.0f}"})


def _plate_shots(episode: EpisodeFacts, shot: Shot) -> list[Shot]:
    """The shots (other than itself) linked as this hybrid shot's plate; a plate asset is not a shot."""
    return [episode.shots[source] for source in episode.graph.plate_sources(shot.id) if source != shot.id]


@rule("hybrid.plate-match", Severity.ERROR, Scope.SHOT, modes=HYBRID_SHOTS,
      message=Text("Hybrid shot and its plate {shots} are set at different times or places "
                   "(time of day {time}; location {place})",
                   "混合镜头与其背景板镜头 {shots} 的时间或地点不一致（时间 {time}；地点 {place}）"),
      hint=Text("Link a plate of the same location and time of day, or correct the scene",
                "换用同一地点、同一时间的背景板，或修正场景信息"))
def plate_setting(episode: EpisodeFacts, shot: Shot) -> list[Hit] | None:
    """A night plate behind a day scene cannot be composited. Use a plate of the same time and place."""
    hits = []
    for plate in _plate_shots(episode, shot):
        times = episode.time_of_day(shot), episode.time_of_day(plate)
        places = episode.location_id(shot), episode.location_id(plate)
        if _differ(*times) or _differ(*places):
            values = {"time": versus(*times), "place": versus(*(_place(episode, p) for p in places))}
            hits.append(Hit((shot.id, plate.id), evidence=(*times, *places), values=values))
    return hits or None


def _differ(a: object, b: object) -> bool:
    return a is not None and b is not None and a != b


def _place(episode: EpisodeFacts, location_id: str | None) -> str | None:
    location = episode.project.locations.get(location_id) if location_id else None
    return location.name if location is not None else location_id


@rule("hybrid.plate-match", Severity.WARNING, Scope.SHOT, modes=HYBRID_SHOTS,
      message=Text("Hybrid shot and its plate {shots} were framed differently (lens {lens}; angle {angle})",
                   "混合镜头与其背景板镜头 {shots} 的机位不匹配（焦距 {lens}；角度 {angle}），透视会对不上"),
      hint=Text("Shoot the foreground with the plate's lens and angle, or regenerate the plate to match",
                "前景按背景板的焦距和角度拍摄，或按前景重新生成背景板"))
def plate_framing(episode: EpisodeFacts, shot: Shot) -> list[Hit] | None:
    """A plate seen through another lens or angle has the wrong perspective. Match the camera."""
    hits = []
    for plate in _plate_shots(episode, shot):
        ours, theirs = shot.camera, plate.camera
        lens_off = _lens_off(ours.lens_mm, theirs.lens_mm)
        if lens_off or _differ(ours.angle, theirs.angle):
            values = {"lens": versus(*(_mm(c.lens_mm) for c in (ours, theirs))),
                      "angle": versus(ours.angle and ours.angle.value, theirs.angle and theirs.angle.value)}
            hits.append(Hit((shot.id, plate.id), evidence=(ours.lens_mm, theirs.lens_mm, ours.angle, theirs.angle),
                            values=values))
    return hits or None


def _lens_off(ours: float | None, theirs: float | None) -> bool:
    """Both lenses known and more than 20 % of the hybrid shot's lens apart."""
    return ours is not None and theirs is not None and abs(ours - theirs) * LENS_TOLERANCE > ours


def _mm(lens: float | None) -> str | None:
    return None if lens is None else f"{lens:g}mm"


@rule("format.mismatch", Severity.ERROR, Scope.SHOT,
      message=Text("Shot {shots} is framed {aspect}; the delivery aspect is {delivery}",
                   "镜头 {shots} 的画幅为 {aspect}，与交付画幅 {delivery} 不符"),
      hint=Text("Reframe or regenerate the shot in the delivery aspect, or clear its own aspect",
                "按交付画幅重新构图或重新生成，或清除该镜头单独设置的画幅"))
def aspect_mismatch(episode: EpisodeFacts, shot: Shot) -> Hit | None:
    """A shot in another aspect gets letterboxed or cropped on the platform. Match the delivery."""
    if shot.aspect is None:
        return None
    delivery = episode.project.project.delivery.aspect
    ours, theirs = aspect_ratio(shot.aspect), aspect_ratio(delivery)
    if ours is None or theirs is None or ours == theirs:
        return None
    return Hit((shot.id,), evidence=(shot.aspect, delivery), values={"aspect": shot.aspect, "delivery": delivery})


@lru_cache(maxsize=256)
def aspect_ratio(text: str) -> Fraction | None:
    """``9:16``, ``1080x1920`` or ``2.39:1`` as an exact ratio; None when it cannot be read."""
    match = _RATIO.match(text)
    if match is None:
        return None
    width, height = Fraction(match[1]), Fraction(match[2])
    return width / height if width and height else None


@rule("format.mismatch", Severity.WARNING, Scope.SHOT,
      message=Text("Shot {shots} runs at {fps} fps; the delivery runs at {delivery} fps",
                   "镜头 {shots} 的帧率为 {fps} fps，与交付帧率 {delivery} fps 不符"),
      hint=Text("Shoot or generate at the delivery frame rate, or plan the conversion",
                "按交付帧率拍摄或生成，或提前安排帧率转换"))
def fps_mismatch(episode: EpisodeFacts, shot: Shot) -> Hit | None:
    """Another frame rate means judder or a conversion in post. Match the delivery."""
    if shot.fps is None:
        return None
    delivery = episode.project.project.delivery.fps
    if math.isclose(shot.fps, delivery, rel_tol=1e-9):
        return None
    return Hit((shot.id,), evidence=(shot.fps, delivery), values={"fps": f"{shot.fps:g}", "delivery": f"{delivery:g}"})
