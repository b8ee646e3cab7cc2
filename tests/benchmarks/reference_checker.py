"""The rules ``shotgraph check`` applies to a shot-list CSV, written again in plain Python.

A yardstick for the command's speed: it reads the CSV with the standard library's csv module
and counts the findings of every rule the CSV's columns can raise, with nothing but the
standard library, so ``shotgraph check`` on the same file can be timed against it in one run.
tests/rules/test_reference_checker.py holds its counts equal to ShotGraph's, rule by rule.

Left out, because a shot list has no column for what they read: the schedule and cast rules
(shooting days, actors), compliance.likeness-consent (actors), compliance.label-spec (the
visible label's settings) and format.mismatch (a shot's own aspect and frame rate). The CSV
is taken as ShotGraph writes it: English vocabulary, unique shot codes within an episode.

    python tests/benchmarks/reference_checker.py LIST.csv   prints "COUNT RULE" per rule
"""

from __future__ import annotations

import csv
import heapq
import re
import sys
from collections import Counter
from itertools import combinations

HEADERS = {
    "episode": ("episode", "集", "集数"), "scene": ("scene", "场", "场次"), "shot": ("shot", "镜号"),
    "mode": ("mode", "类型", "制作方式"), "location": ("location", "地点", "场景"), "time": ("time", "时间"),
    "size": ("size", "景别"), "angle": ("angle", "角度"), "movement": ("movement", "运镜"), "side": ("side", "机位"),
    "lens": ("lens", "焦距"), "characters": ("characters", "人物"), "motion": ("motion", "动向"),
    "wardrobe": ("wardrobe", "服装"), "props": ("props", "道具"), "story_day": ("story_day", "剧情日"),
    "emotion": ("emotion", "情绪"), "dialogue": ("dialogue", "台词"), "ai_model": ("ai_model", "AI模型"),
    "ai_style": ("ai_style", "风格"), "ai_refs": ("ai_refs", "角色参考"), "plate": ("plate", "背景板"),
    "fg_kelvin": ("fg_kelvin", "前景色温"), "plate_kelvin": ("plate_kelvin", "背景色温"),
    "after": ("after", "接"), "intent": ("intent", "意图"),
}
RULES = (
    "graph.cycle", "graph.start", "graph.unreachable", "graph.dead-end", "graph.plate",
    "continuity.axis", "continuity.screen-direction", "continuity.jump-cut", "continuity.eyeline",
    "continuity.time-of-day", "continuity.location", "continuity.size-jump", "continuity.wardrobe",
    "continuity.prop", "continuity.establishing",
    "ai.identity", "ai.identity-drift", "ai.model-drift", "ai.emotional-closeup", "ai.lipsync",
    "hybrid.plate-light", "hybrid.plate-match",
    "compliance.ai-disclosure", "compliance.implicit-label", "compliance.ai-provider", "compliance.registration",
    "style.repetition", "style.monotony", "style.formula",
)
SCALE = {size: i for i, size in enumerate(("EWS", "WS", "FS", "MS", "MCU", "CU", "ECU"))}
WIDE, CLOSE, MS_OR_TIGHTER = {"EWS", "WS", "FS"}, {"MCU", "CU", "ECU"}, {"MS", "MCU", "CU", "ECU"}
ORDER = {"L": 0, "C": 1, "R": 2}
SPEAKER = re.compile(r"^[ \t]*([^:：\r\n，。！？、,.!?]{1,30})[:：]", re.MULTILINE)
WIDE_PUNCTUATION = str.maketrans({"；": ";", "＠": "@", "＞": ">", "＝": "=", "：": ":"})


class Shot:
    """One row: its cells as ShotGraph reads them, and the scene values it overrides."""

    def __init__(self, index: int, cell: dict[str, str]) -> None:
        self.index, self.code, self.scene = index, cell["shot"], cell["scene"] or "1"
        self.mode = (cell["mode"] or "live").lower()
        self.size, self.angle, self.movement = (cell[c].upper() or None for c in ("size", "angle", "movement"))
        self.side = cell["side"].upper() or None
        self.lens = float(cell["lens"].lower().removesuffix("mm")) if cell["lens"] else None
        self.emotion = int(cell["emotion"]) if cell["emotion"] else None
        self.dialogue, self.intent = cell["dialogue"], {e.lower() for e in entries(cell["intent"])}
        self.model, self.style = cell["ai_model"] or None, cell["ai_style"] or None
        self.refs = dict(pairs(cell["ai_refs"]))
        self.fg, self.plate_kelvin = (float(cell[c].lower().removesuffix("k")) if cell[c] else None
                                      for c in ("fg_kelvin", "plate_kelvin"))
        self.props = pairs(cell["props"])
        self.characters = cast(cell)
        head, _, rest = cell["plate"].translate(WIDE_PUNCTUATION).partition(":")
        self.plate_asset = rest.strip() if head.strip().lower() == "asset" and rest.strip() else None
        self.plate_code = cell["plate"] if cell["plate"] and self.plate_asset is None else None
        self.after = None if not cell["after"] else [c for c in dict.fromkeys(entries(cell["after"])) if c != "-"]
        self.raw = {c: cell[c] or None for c in ("location", "time")}
        self.raw["story_day"] = int(cell["story_day"]) if cell["story_day"] else None
        self.own: dict[str, object] = {}
        self.effective: dict[str, object] = {}

    @property
    def framing(self) -> tuple[str | None, str | None, str | None]:
        return self.size, self.angle, self.movement


def entries(cell: str) -> list[str]:
    if not cell:
        return []
    return [part.strip() for part in cell.translate(WIDE_PUNCTUATION).split(";") if part.strip()]


def pairs(cell: str, separator: str = "=") -> list[tuple[str, str | None]]:
    found = []
    for entry in entries(cell):
        key, _, value = entry.partition(separator)
        found.append((key.strip(), value.strip() or None))
    return found


def cast(cell: dict[str, str]) -> list[dict[str, str | None]]:
    """The characters column, then anyone named only in motion or wardrobe, as ShotGraph orders them."""
    people: dict[str, dict[str, str | None]] = {}
    for entry in entries(cell["characters"]):
        name, _, look = entry.partition(">")
        name, _, position = name.partition("@")
        people[name.strip()] = {"position": position.strip().upper() or None, "look": look.strip().upper() or None}
    for name, direction in pairs(cell["motion"], ">"):
        people.setdefault(name, {})["motion"] = direction and direction.upper()
    for name, look in pairs(cell["wardrobe"]):
        people.setdefault(name, {})["wardrobe"] = look
    return [{"id": name, "position": None, "look": None, "motion": None, "wardrobe": None, **values}
            for name, values in people.items()]


class Episode:
    """One episode's shots in row order, its cut and plate edges, episode order and same-scene pairs."""

    def __init__(self, number: int, shots: list[Shot]) -> None:
        self.number, self.shots = number, shots
        self.by_index = {shot.index: shot for shot in shots}
        by_code = {shot.code: shot for shot in shots}
        self.cut_in: dict[int, list[int]] = {shot.index: [] for shot in shots}
        self.cut_out: dict[int, list[int]] = {shot.index: [] for shot in shots}
        self.plates: dict[int, list[Shot]] = {}
        previous = None
        for shot in shots:
            named = [by_code.get(code) for code in shot.after] if shot.after is not None else None
            sources = named if named is not None and None not in named else ([previous] if previous else [])
            for source in dict.fromkeys(sources):
                self.cut_out[source.index].append(shot.index)
                self.cut_in[shot.index].append(source.index)
            if shot.plate_code is not None and shot.plate_code in by_code:
                self.plates.setdefault(shot.index, []).append(by_code[shot.plate_code])
            previous = shot
        self.order, self.acyclic = self._order()
        self.pairs = [(shot, self.by_index[target]) for shot in self.order for target in self.cut_out[shot.index]
                      if self.by_index[target].scene == shot.scene]
        self.scenes: dict[str, list[Shot]] = {}
        for shot in self.order:
            self.scenes.setdefault(shot.scene, []).append(shot)

    def _order(self) -> tuple[list[Shot], bool]:
        """Kahn's algorithm taking the earliest row first; row order while the cuts loop."""
        by_index = self.by_index
        waiting = {index: len(sources) for index, sources in self.cut_in.items()}
        ready = [index for index, count in waiting.items() if count == 0]
        heapq.heapify(ready)
        order = []
        while ready:
            index = heapq.heappop(ready)
            order.append(by_index[index])
            for target in self.cut_out[index]:
                waiting[target] -= 1
                if waiting[target] == 0:
                    heapq.heappush(ready, target)
        return (order, True) if len(order) == len(self.shots) else (list(self.shots), False)

    def generated(self) -> Shot | None:
        return next((shot for shot in self.order if shot.mode != "live"), None)


def read_episodes(path: str) -> list[Episode]:
    """The CSV's episodes by number, each shot's own location, time and story day worked out as
    ShotGraph's import does: a scene keeps its first row's value when every row gives one, and a
    row differing from its scene overrides it on that shot."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = csv.reader(handle)
        header = [cell.strip() for cell in next(rows)]
        where = {name: header.index(next(h for h in spellings if h in header))
                 for name, spellings in HEADERS.items() if any(h in header for h in spellings)}
        by_episode: dict[int, list[Shot]] = {}
        blank = dict.fromkeys(HEADERS, "")
        for index, cells in enumerate(rows):
            cell = blank.copy()
            for name, at in where.items():
                value = cells[at].strip() if at < len(cells) else ""
                cell[name] = value[1:] if value[:1] == "'" and value[1:2] in "=+-@" else value
            number = int(cell["episode"]) if cell["episode"] else 1
            by_episode.setdefault(number, []).append(Shot(index, cell))
    episodes = [Episode(number, by_episode[number]) for number in sorted(by_episode)]
    for episode in episodes:
        _settle_places(episode)
    return episodes


def _settle_places(episode: Episode) -> None:
    rows: dict[str, list[Shot]] = {}
    for shot in episode.shots:
        rows.setdefault(shot.scene, []).append(shot)
    for members in rows.values():
        for field in ("location", "time", "story_day"):
            found = [shot.raw[field] for shot in members]
            scene_value = None if None in found else found[0]
            for shot in members:
                value = shot.raw[field]
                shot.own[field] = value if value is not None and value != scene_value else None
                shot.effective[field] = shot.own[field] if shot.own[field] is not None else scene_value


def count_findings(path: str) -> Counter[str]:
    """How many findings each rule raises on the shot list at ``path``."""
    episodes = read_episodes(path)
    counts: Counter[str] = Counter(dict.fromkeys(RULES, 0))
    for episode in episodes:
        _graph(episode, counts)
        for i, j in episode.pairs:
            _pair(i, j, counts)
        for shot in episode.order:
            _shot(episode, shot, counts)
        for shots in episode.scenes.values():
            counts["continuity.wardrobe"] += _scene_changes(shots, "wardrobe")
            counts["continuity.prop"] += _prop_changes(shots)
            counts["continuity.establishing"] += _opens_close(shots)
        _episode(episode, counts)
    counts["continuity.wardrobe"] += _wardrobe_across_days(episodes)
    counts["compliance.registration"] += any(episode.generated() for episode in episodes)
    counts["style.formula"] += _formulas(episodes)
    return counts


def _graph(episode: Episode, counts: Counter[str]) -> None:
    starts = [shot for shot in episode.shots if not episode.cut_in[shot.index]]
    ends = [shot for shot in episode.shots if not episode.cut_out[shot.index]]
    counts["graph.cycle"] += 0 if episode.acyclic else _loops(episode)
    counts["graph.start"] += len(starts) != 1
    if len(starts) == 1:
        reached, stack = {starts[0].index}, [starts[0].index]
        while stack:
            for target in episode.cut_out[stack.pop()]:
                if target not in reached:
                    reached.add(target)
                    stack.append(target)
        counts["graph.unreachable"] += len(episode.shots) - len(reached)
        if episode.acyclic and len(ends) >= 2:
            counts["graph.dead-end"] += sum(shot is not episode.order[-1] and "ending" not in shot.intent
                                            for shot in ends)


def _loops(episode: Episode) -> int:
    """Strongly connected components of several shots, and shots cut to themselves (Kosaraju)."""
    finished, seen = [], set()
    for start in episode.cut_out:
        stack = [(start, iter(episode.cut_out[start]))] if start not in seen else []
        seen.add(start)
        while stack:
            node, targets = stack[-1]
            following = next((t for t in targets if t not in seen), None)
            if following is None:
                finished.append(node)
                stack.pop()
            else:
                seen.add(following)
                stack.append((following, iter(episode.cut_out[following])))
    loops, placed = 0, set()
    for root in reversed(finished):
        if root in placed:
            continue
        component, stack = {root}, [root]
        placed.add(root)
        while stack:
            for source in episode.cut_in[stack.pop()]:
                if source not in placed:
                    placed.add(source)
                    component.add(source)
                    stack.append(source)
        loops += len(component) > 1
    return loops + sum(index in targets for index, targets in episode.cut_out.items())


def _pair(i: Shot, j: Shot, counts: Counter[str]) -> None:
    before = {c["id"]: c for c in i.characters}
    counts["continuity.axis"] += "line_cross" not in j.intent and (
        (i.side is not None and j.side is not None and i.side != j.side) or _swapped(i, j))
    moving = {c["id"]: c["motion"] for c in i.characters if c["motion"] is not None}
    counts["continuity.screen-direction"] += bool(j.characters) and "line_cross" not in j.intent and any(
        c["motion"] is not None and c["id"] in moving and moving[c["id"]] != c["motion"] for c in j.characters)
    counts["continuity.jump-cut"] += (
        bool(i.characters) and i.size in SCALE and i.size == j.size and i.angle is not None and i.angle == j.angle
        and i.side == j.side and not {"jump_cut", "montage"} & j.intent and any(c["id"] in before
                                                                                  for c in j.characters))
    if len(i.characters) == 1 and len(j.characters) == 1:
        a, b = i.characters[0], j.characters[0]
        counts["continuity.eyeline"] += (a["id"] != b["id"] and a["look"] in ("L", "R") and a["look"] == b["look"]
                                         and "pov" not in i.intent and "pov" not in j.intent)
    for field, intent, rule in (("time", "flashback", "continuity.time-of-day"),
                                ("location", "multi_location", "continuity.location")):
        if i.own[field] is None and j.own[field] is None:
            continue
        a, b = i.effective[field], j.effective[field]
        counts[rule] += a is not None and b is not None and a != b and intent not in j.intent
    counts["continuity.size-jump"] += (i.size in SCALE and j.size in SCALE and abs(SCALE[i.size] - SCALE[j.size]) >= 4
                                       and "montage" not in j.intent)
    counts["ai.model-drift"] += i.mode == "ai" and j.mode == "ai" and (
        (i.model is not None and j.model is not None and i.model != j.model)
        or (i.style is not None and j.style is not None and i.style != j.style))


def _swapped(i: Shot, j: Shot) -> bool:
    if len(i.characters) < 2 or len(j.characters) < 2:
        return False
    before = {c["id"]: c["position"] for c in i.characters if c["position"] is not None}
    after = {c["id"]: c["position"] for c in j.characters if c["position"] is not None}
    common = [c for c in before if c in after]
    return any((ORDER[before[x]] - ORDER[before[y]]) * (ORDER[after[x]] - ORDER[after[y]]) < 0
               for x, y in combinations(common, 2))


def _shot(episode: Episode, shot: Shot, counts: Counter[str]) -> None:
    counts["graph.plate"] += shot.mode == "hybrid" and not shot.plate_asset and shot.index not in episode.plates
    if shot.mode == "ai" and shot.characters:
        counts["ai.identity"] += any(c["id"] not in shot.refs for c in shot.characters)
        counts["ai.emotional-closeup"] += (shot.emotion or 0) >= 2 and shot.size in CLOSE
        counts["ai.lipsync"] += bool(shot.dialogue) and shot.size in MS_OR_TIGHTER and _speaker_shown(shot)
    if shot.mode == "hybrid":
        if shot.fg is not None and shot.plate_kelvin is not None:
            counts["hybrid.plate-light"] += round(abs(1e6 / shot.fg - 1e6 / shot.plate_kelvin), 6) > 20
        for plate in episode.plates.get(shot.index, []):
            if plate is not shot:
                counts["hybrid.plate-match"] += _differ(shot, plate, "time") or _differ(shot, plate, "location")
                lenses = shot.lens is not None and plate.lens is not None
                lens_off = lenses and abs(shot.lens - plate.lens) * 5 > shot.lens
                counts["hybrid.plate-match"] += lens_off or (shot.angle is not None and plate.angle is not None
                                                             and shot.angle != plate.angle)


def _differ(a: Shot, b: Shot, field: str) -> bool:
    x, y = a.effective[field], b.effective[field]
    return x is not None and y is not None and x != y


def _speaker_shown(shot: Shot) -> bool:
    prefixes = {name.strip().casefold() for name in SPEAKER.findall(shot.dialogue)}
    if not prefixes:
        return len(shot.characters) == 1 and bool(shot.dialogue.strip())
    return any(c["id"].strip().casefold() in prefixes for c in shot.characters)


def _scene_changes(shots: list[Shot], field: str) -> int:
    """Pairs (previous shot giving a character's value, this shot) where the value changed."""
    return len(_changed_pairs(shots, lambda shot: [(c["id"], c[field]) for c in shot.characters]))


def _prop_changes(shots: list[Shot]) -> int:
    return len(_changed_pairs(shots, lambda shot: shot.props))


def _changed_pairs(shots: list[Shot], values) -> set[tuple[int, int]]:
    last: dict[str, tuple[int, str]] = {}
    changed = set()
    for shot in shots:
        for key, value in values(shot):
            if value is None:
                continue
            previous = last.get(key)
            last[key] = (shot.index, value)
            if previous is not None and previous[1] != value and "flashback" not in shot.intent:
                changed.add((previous[0], shot.index))
    return changed


def _opens_close(shots: list[Shot]) -> bool:
    opening = [shot.size for shot in shots[:3]]
    return len(shots) >= 3 and None not in opening and not WIDE & set(opening)


def _episode(episode: Episode, counts: Counter[str]) -> None:
    first = episode.generated()
    counts["compliance.ai-disclosure"] += first is not None
    counts["compliance.implicit-label"] += first is not None
    counts["compliance.ai-provider"] += len({shot.model.strip().casefold() for shot in episode.order
                                             if shot.mode != "live" and shot.model and shot.model.strip()})
    counts["ai.identity-drift"] += _drifts(episode)
    framings = [shot.framing for shot in episode.order]
    start = 0
    for i in range(1, len(framings) + 1):
        if i == len(framings) or framings[i] != framings[start]:
            counts["style.repetition"] += None not in framings[start] and i - start >= 4
            start = i
    if len(framings) >= 10:
        counts["style.monotony"] += sum(count * 5 > len(framings) * 2 and None not in framing
                                        for framing, count in Counter(framings).items())


def _drifts(episode: Episode) -> int:
    first: dict[str, tuple[int, str]] = {}
    drifts = set()
    for shot in episode.order:
        if shot.mode != "ai":
            continue
        for c in shot.characters:
            ref = shot.refs.get(c["id"])
            if ref:
                first_shot, first_ref = first.setdefault(c["id"], (shot.index, ref))
                if ref != first_ref:
                    drifts.add((first_shot, shot.index))
    return len(drifts)


def _wardrobe_across_days(episodes: list[Episode]) -> int:
    """Each character's first look of a scene against its last look of an earlier scene on the same story day."""
    last: dict[tuple[object, str], tuple[int, str]] = {}
    found = 0
    for episode in episodes:
        for shots in episode.scenes.values():
            scene_last: dict[tuple[object, str], tuple[int, str]] = {}
            changed = set()
            for shot in shots:
                day = shot.effective["story_day"]
                if not shot.characters or day is None:
                    continue
                for c in shot.characters:
                    if c["wardrobe"] is None:
                        continue
                    key = (day, c["id"])
                    previous = last.get(key) if key not in scene_last else None
                    scene_last[key] = (shot.index, c["wardrobe"])
                    if previous is not None and previous[1] != c["wardrobe"] and "flashback" not in shot.intent:
                        changed.add((previous[0], shot.index))
            last.update(scene_last)
            found += len(changed)
    return found


def _formulas(episodes: list[Episode]) -> int:
    """Six-shot framing patterns shared by three episodes or more, a longer shared run counted once."""
    sigs = [[shot.framing for shot in episode.order] for episode in episodes]
    grams = []
    for framings in sigs:
        first: dict[tuple, int] = {}
        known = 0
        for i, framing in enumerate(framings):
            known = known + 1 if None not in framing else 0
            if known >= 6:
                first.setdefault(tuple(framings[i - 5:i + 1]), i - 5)
        grams.append(first)
    shared = Counter(gram for first in grams for gram in first)
    index: dict[tuple, dict[int, int]] = {}
    for e, first in enumerate(grams):
        for gram, start in first.items():
            if shared[gram] >= 3:
                index.setdefault(gram, {})[e] = start
    found = 0
    for gram, where in index.items():
        e, start = next(iter(where.items()))
        shifted = start > 0 and None not in sigs[e][start - 1]
        before = index.get((sigs[e][start - 1], *gram[:-1])) if shifted else None
        found += not (before is not None and before.keys() == where.keys()
                      and all(before[k] == s - 1 for k, s in where.items()))
    return found


def main(path: str) -> None:
    for rule, count in sorted(count_findings(path).items()):
        print(count, rule)


if __name__ == "__main__":
    main(sys.argv[1])
