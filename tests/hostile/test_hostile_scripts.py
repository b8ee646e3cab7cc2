"""Scripts a collaborator could send to take ShotGraph down, each built here by a few lines of code.

Whatever the script — a damaged, encrypted or bomb-like Word file, a paragraph longer than a
shot holds, markup that never closes, hundreds of thousands of scenes, a pipe named like a
script — the import either makes a project ShotGraph opens again, or refuses the file with
one message naming it and the line (for Word, the paragraph), writing nothing, within the
memory and time budgets. The heavy cases run the command line in a fenced process; the
rest call the reader directly.
"""

from __future__ import annotations

import io
import os
import signal
import struct
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from hostile.harness import assert_refused, assert_within_budget, run_shotgraph
from shotgraph.core.document import Document
from shotgraph.core.io.budgets import MAX_EXPANDED_BYTES, MAX_LINE_CHARS
from shotgraph.core.io.errors import InputError
from shotgraph.core.io.scripts import looks_like_script, read_script
from shotgraph.core.io.scripts import reimport as reimporting
from shotgraph.core.io.scripts.parsed import MAX_CHARACTERS, MAX_NAME_CHARS, MAX_SHOTS, MAX_TEXT_CHARS
from shotgraph.core.io.scripts.reimport import reimport_script
from shotgraph.core.io.store import load_project, save_project
from shotgraph.core.model import Character, Project, Scene, Shot

WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# -- building hostile files -------------------------------------------------------------------

def word_xml(body: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document xmlns:w="{WORD}"><w:body>{body}'
            "</w:body></w:document>").encode()


def paragraphs(*lines: str) -> str:
    return "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)


def write_docx(path: Path, document: bytes, compression: int = zipfile.ZIP_DEFLATED) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
    path.write_bytes(buffer.getvalue())
    return path


def streamed_docx(path: Path, chunk: str, repeats: int, head: bytes = b"", tail: bytes = b"") -> int:
    """A Word file whose body repeats ``chunk``, compressed as it is written; returns the body's size."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive, \
            archive.open("word/document.xml", "w") as body:
        body.write(head)
        for _ in range(repeats):
            body.write(chunk.encode())
        body.write(tail)
    with zipfile.ZipFile(path) as archive:
        return archive.getinfo("word/document.xml").file_size


def patch_body_header(path: Path, local_offset: int, central_offset: int, value: int, width: int = 4) -> None:
    """Overwrite a field of word/document.xml's local and central headers (the part written last)."""
    data = bytearray(path.read_bytes())
    local, central = data.rfind(b"PK\x03\x04"), data.rfind(b"PK\x01\x02")
    kind = "<H" if width == 2 else "<I"
    struct.pack_into(kind, data, local + local_offset, value)
    struct.pack_into(kind, data, central + central_offset, value)
    path.write_bytes(bytes(data))


def refusal(path: Path) -> InputError:
    with pytest.raises(InputError) as raised:
        read_script(path)
    assert path.name in str(raised.value)
    return raised.value


@contextmanager
def within(seconds: int) -> Iterator[None]:
    """Fail (rather than hang) when the block takes longer than ``seconds``."""
    def too_slow(*_: object) -> None:
        raise AssertionError(f"took longer than {seconds} s")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def reopened(project, tmp_path: Path):
    """The project as ShotGraph opens it after saving: an import must never make one it refuses."""
    path = tmp_path / "reopened.shotgraph"
    save_project(project, path, backup=False)
    return load_project(path)


# -- Word files ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("content", "message"), [
    (b"PK\x03\x04 then nothing a ZIP reader understands", "not a readable .docx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096), "encrypted or old-format Word file"),
    (b"{\\rtf1 a rich text file renamed}", "not a ZIP archive"),
    (b"", "not a ZIP archive"),
])
def test_a_word_file_that_is_not_a_docx_archive_is_refused(tmp_path, content, message):
    path = tmp_path / "script.docx"
    path.write_bytes(content)
    error = refusal(path)
    assert message in error.message and "without a password" in error.message


def test_a_docx_whose_body_is_encrypted_is_refused(tmp_path):
    path = write_docx(tmp_path / "locked.docx", word_xml(paragraphs("1-1 日 内 客厅", "△甲进门。")))
    patch_body_header(path, 6, 8, 0x1, width=2)
    assert "encrypted" in refusal(path).message


def test_a_docx_compressed_in_a_way_word_never_uses_is_refused(tmp_path):
    path = write_docx(tmp_path / "bzip.docx", word_xml(paragraphs("1-1 日 内 客厅")), zipfile.ZIP_BZIP2)
    assert "compression ShotGraph does not read" in refusal(path).message


def test_a_docx_declaring_a_body_larger_than_the_budget_is_refused_before_inflating(tmp_path):
    path = write_docx(tmp_path / "declared.docx", word_xml(paragraphs("1-1 日 内 客厅")))
    patch_body_header(path, 22, 24, 100 * 2**20)
    assert "once decompressed" in refusal(path).message


def test_a_docx_understating_its_body_is_refused_as_damaged(tmp_path):
    path = write_docx(tmp_path / "understated.docx", word_xml(paragraphs(*["△甲进门。"] * 5000)))
    patch_body_header(path, 22, 24, 1000)
    assert "damaged" in refusal(path).message


def test_a_docx_without_a_body_is_refused(tmp_path):
    path = tmp_path / "empty.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    assert "word/document.xml is missing" in refusal(path).message


def test_damaged_xml_is_refused_with_its_line_and_column(tmp_path):
    path = write_docx(tmp_path / "damaged.docx", word_xml(paragraphs("1-1 日 内 客厅") + "<w:p><w:r></w:p>"))
    error = refusal(path)
    assert "damaged XML" in error.message and error.where.startswith("word/document.xml line 1, column")


def test_an_xml_bomb_is_refused_without_expanding_it(tmp_path):
    entities = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10))
    prolog = f'<!DOCTYPE w:document [<!ENTITY e0 "1-1 日 内 客厅">{entities}]>'
    path = write_docx(tmp_path / "laughs.docx", word_xml("<w:p><w:r><w:t>&e9;</w:t></w:r></w:p>", prolog))
    with within(10):
        error = refusal(path)
    assert "DTD" in error.message


def test_an_undeclared_entity_is_refused(tmp_path):
    path = write_docx(tmp_path / "entity.docx", word_xml("<w:p><w:r><w:t>&outside;</w:t></w:r></w:p>"))
    assert "damaged XML" in refusal(path).message


def test_elements_nested_thousands_deep_are_refused(tmp_path):
    body = "<w:p>" + "<w:r>" * 10_000 + "</w:r>" * 10_000 + "</w:p>"
    path = write_docx(tmp_path / "deep.docx", word_xml(body))
    assert "nest" in refusal(path).message


def test_a_paragraph_inside_a_paragraph_is_read_once_as_its_own_line(tmp_path):
    text_box = f"<w:r><w:pict><w:txbxContent>{paragraphs('△甲进门。')}</w:txbxContent></w:pict></w:r>"
    outer = f"<w:p><w:r><w:t>1-1 日 内 </w:t></w:r>{text_box}<w:r><w:t>客厅</w:t></w:r></w:p>"
    path = write_docx(tmp_path / "textbox.docx", word_xml(outer))
    episode = reopened(read_script(path).project, tmp_path).episodes[0]
    assert [s.heading for s in episode.scenes] == ["1-1 日 内 客厅"]
    assert [s.description for s in episode.shots] == ["甲进门。"]


def test_a_paragraph_over_the_limit_in_a_docx_is_refused_by_its_number(tmp_path):
    path = write_docx(tmp_path / "long.docx", word_xml(paragraphs("1-1 日 内 客厅", "△甲。", "△" + "字" * 20_000)))
    error = refusal(path)
    assert error.where == "paragraph 3" and f"{MAX_LINE_CHARS:,}" in error.message


# -- lines, paragraphs and names too long for a project -----------------------------------------

@pytest.mark.parametrize(("name", "text", "where"), [
    ("long.txt", "第1集\n1-1 日 内 客厅\n△" + "字" * MAX_LINE_CHARS + "\n", "line 3"),
    ("long.fountain", "INT. HOUSE - DAY\n\n" + "a" * (MAX_LINE_CHARS + 1) + "\n", "line 3"),
    ("lines.fountain", "INT. HOUSE - DAY\n\nMARY\n" + ("word " * 2000 + "\n") * 3, "line 3"),
])
def test_a_line_or_paragraph_longer_than_a_shot_holds_is_refused_at_its_line(tmp_path, name, text, where):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    error = refusal(path)
    assert error.where == where and f"{MAX_LINE_CHARS:,}" in error.message


def test_the_longest_paragraph_a_shot_holds_is_imported_whole(tmp_path):
    path = tmp_path / "longest.txt"
    path.write_text("1-1 日 内 客厅\n△" + "字" * (MAX_LINE_CHARS - 1) + "\n", encoding="utf-8")
    shot = reopened(read_script(path).project, tmp_path).episodes[0].shots[0]
    assert len(shot.description) == MAX_LINE_CHARS - 1


@pytest.mark.parametrize(("name", "text", "where", "what"), [
    ("heading.txt", "第1集\n1-1 日 内 " + "房" * 600 + "\n△甲。\n", "line 2", "the scene heading"),
    ("cue.fountain", "INT. HOUSE - DAY\n\n" + "M" * 600 + "\nHello.\n", "line 3", "a character's name"),
    ("title.fountain", "Title: " + "T" * 600 + "\n\nINT. HOUSE - DAY\n\nHello.\n", None, "the title"),
    ("number.fountain", "INT. HOUSE - DAY #" + "1" * 60 + "#\n\nHello.\n", "line 1", "scene number"),
    ("episode0.txt", "第0集\n1-1 日 内 客厅\n", "line 1", "episode number"),
    ("episode-huge.txt", "第" + "9" * 5000 + "集\n1-1 日 内 客厅\n", "line 1", "episode number"),
    ("scene-episode.txt", "9" * 5000 + "-1 日 内 客厅\n", "line 1", "episode number"),
    ("section0.fountain", "# Episode 0\n\nINT. HOUSE - DAY\n\nHello.\n", "line 1", "episode number"),
])
def test_a_name_or_number_a_project_cannot_hold_is_refused_at_its_line(tmp_path, name, text, where, what):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    error = refusal(path)
    assert error.where == where and what in error.message


def test_a_cast_of_more_names_than_a_script_may_give_is_refused_at_the_line(tmp_path):
    names = [f"角色{i}" for i in range(MAX_CHARACTERS + 1)]
    half = len(names) // 2
    path = tmp_path / "crowd.txt"
    path.write_text(f"1-1 日 内 广场\n人物：{'、'.join(names[:half])}\n人物：{'、'.join(names[half:])}\n△众人。\n",
                    encoding="utf-8")
    error = refusal(path)
    assert error.where == "line 3" and f"{MAX_CHARACTERS:,} characters" in error.message


def test_the_script_limits_are_those_of_the_project_fields():
    def longest(model, name: str) -> int:
        return next(rule.max_length for rule in model.model_fields[name].metadata if hasattr(rule, "max_length"))

    assert longest(Shot, "description") == longest(Shot, "dialogue") == longest(Scene, "notes") == MAX_TEXT_CHARS
    assert longest(Character, "name") == longest(Scene, "heading") == longest(Project, "title") == MAX_NAME_CHARS
    assert MAX_LINE_CHARS <= MAX_TEXT_CHARS


def test_a_forced_cue_without_a_name_is_action_not_a_nameless_character(tmp_path):
    path = tmp_path / "nameless.fountain"
    path.write_text("INT. HOUSE - DAY\n\n@ (V.O.)\nHello.\n", encoding="utf-8")
    project = reopened(read_script(path).project, tmp_path)
    assert not project.characters and project.episodes[0].shots[0].description == "@ (V.O.) Hello."


def test_notes_beyond_what_a_scene_holds_are_refused_not_cut(tmp_path):
    path = tmp_path / "preamble.txt"
    path.write_text("人物小传\n" + "林晓，二十五岁，职场新人。\n" * 3000 + "1-1 日 内 客厅\n△甲。\n", encoding="utf-8")
    error = refusal(path)
    assert "notes" in error.message and error.where.startswith("line ")


def test_a_long_list_of_unplaced_lines_is_reported_briefly_and_kept_whole(tmp_path):
    path = tmp_path / "stray.txt"
    path.write_text("".join(f"前言{i}\n" for i in range(300)) + "1-1 日 内 客厅\n△甲。\n", encoding="utf-8")
    result = read_script(path)
    assert len(result.unread) == 101 and str(result.unread[-1]) == "and 200 more lines outside any scene"
    assert reopened(result.project, tmp_path).episodes[0].scenes[0].notes.count("前言") == 300


# -- structure that must still make a project ShotGraph opens ----------------------------------

def test_repeated_episode_and_scene_numbers_make_a_project_that_opens(tmp_path):
    path = tmp_path / "repeats.txt"
    scenes = "".join(f"第1集\n1-1 日 内 客厅\n△甲{i}。\n" for i in range(40))
    path.write_text(scenes, encoding="utf-8")
    project = reopened(read_script(path).project, tmp_path)
    codes = [s.code for s in project.episodes[0].scenes]
    assert len(project.episodes) == 1 and len(set(codes)) == 40
    assert codes[:3] == ["1", "1B", "1C"] and "1Z2" in codes


def test_fountain_repeats_and_a_paragraph_of_headings_make_a_project_that_opens(tmp_path):
    path = tmp_path / "repeats.fountain"
    headings = "INT. A #7#\n" * 1800
    path.write_text(f"# Episode 1\n\n{headings}\nHello.\n\n# Episode 1\n\nINT. HALL - DAY #7#\n\nAgain.\n",
                    encoding="utf-8")
    project = reopened(read_script(path).project, tmp_path)
    assert len(project.episodes) == 1 and len(project.episodes[0].scenes) == 1801
    assert [s.description for s in project.episodes[0].shots] == ["Hello.", "Again."]


def test_a_pipe_or_folder_named_like_a_script_is_refused_without_waiting(tmp_path):
    pipe = tmp_path / "pipe.fountain"
    os.mkfifo(pipe)
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with within(10):
        assert "pipe" in refusal(pipe).message
        assert "folder" in refusal(folder).message
        assert not looks_like_script(tmp_path / "pipe.fountain") and not looks_like_script(folder)


@pytest.mark.parametrize(("content", "expected"), [
    (b"\x00\x01binary" * 100, False),
    ("1-1 日 内 客厅\n△".encode() + "字".encode() * 30_000, True),
    (b"INT. HOUSE - DAY\n\n" + b"/* x " * 50_000, True),
    (b"shot,scene,size\n1,1,MS\n", False),
    (b"\xff\xfe\x00\xd8", False),
])
def test_telling_a_script_from_a_shot_list_never_fails(tmp_path, content, expected):
    path = tmp_path / "unknown.txt"
    path.write_bytes(content)
    with within(10):
        assert looks_like_script(path) is expected


# -- re-importing a revised script -------------------------------------------------------------

def test_reimporting_a_reordered_scene_of_thousands_of_shots_finishes(tmp_path):
    original = tmp_path / "original.txt"
    original.write_text("1-1 日 内 客厅\n" + "△甲。\n△乙。\n" * 10_000, encoding="utf-8")
    revised = tmp_path / "revised.txt"
    revised.write_text("1-1 日 内 客厅\n" + "△乙。\n△甲。\n" * 10_000, encoding="utf-8")
    doc = Document(read_script(original).project)
    with within(30):
        edit, summary = reimport_script(doc, read_script(revised).script)
    assert len(summary.shots_updated) == 20_000 and not summary.shots_added


def test_a_revision_taking_the_project_past_its_shot_limit_is_refused_naming_it(tmp_path, monkeypatch):
    original = tmp_path / "original.txt"
    original.write_text("1-1 日 内 客厅\n△甲。\n", encoding="utf-8")
    revised = tmp_path / "revised.txt"
    revised.write_text("1-1 日 内 客厅\n△甲。\n" + "".join(f"1-{i} 日 内 客厅\n△乙。\n" for i in range(2, 20)),
                       encoding="utf-8")
    doc = Document(read_script(original).project)
    monkeypatch.setattr(reimporting, "MAX_ROWS", 10)
    with pytest.raises(InputError, match="revised.txt: the project would hold 19 shots"):
        reimport_script(doc, read_script(revised).script)


# -- the command line on the heavy cases, fenced -----------------------------------------------

def test_openings_that_never_close_are_read_in_one_pass(tmp_path):
    script = tmp_path / "boneyard.fountain"
    script.write_text("INT. HOUSE - DAY\n\n" + ("/* x " * 40 + "\n\n") * 1200, encoding="utf-8")
    assert script.stat().st_size > 240_000
    outcome = run_shotgraph("import", script.name, "-o", "out.shotgraph", cwd=tmp_path)
    assert_within_budget(outcome)
    assert outcome.status == 0 and "1200 shots" in outcome.stdout


def test_paragraphs_of_unclosed_markup_are_read_in_one_pass(tmp_path):
    paragraph = ("[[a *b _c **d (e #f /* " * 1000)[:MAX_LINE_CHARS - 1000]
    script = tmp_path / "markup.fountain"
    script.write_text("INT. HOUSE - DAY #1#\n\n" + (paragraph + "\n\n") * 150, encoding="utf-8")
    outcome = run_shotgraph("check", script.name, cwd=tmp_path)
    assert_within_budget(outcome)


@pytest.mark.parametrize(("name", "scene"), [
    ("scenes.txt", "1-{} 日 内 房\n"),
    ("scenes.fountain", "INT. ROOM {} - DAY\n\n"),
])
def test_a_script_of_200000_tiny_scenes_is_refused_at_the_limit(tmp_path, name, scene):
    script = tmp_path / name
    script.write_text("".join(scene.format(i) for i in range(1, 200_001)), encoding="utf-8")
    outcome = run_shotgraph("import", name, "-o", "out.shotgraph", cwd=tmp_path)
    assert_refused(outcome, script)
    assert f"{MAX_SHOTS:,} scenes" in outcome.stderr and ": line " in outcome.stderr
    assert not (tmp_path / "out.shotgraph").exists()


def test_a_script_at_every_limit_imports_within_budget_to_a_project_that_opens(tmp_path):
    script = tmp_path / "largest.txt"
    script.write_text("".join(f"1-{i} 日 内 地点{i}\n人物：{chr(0x4E00 + i % 300)}{chr(0x4E00 + i // 300 % 13)}\n"
                              f"△{chr(0x4E00 + i % 300)}{chr(0x4E00 + i // 300 % 13)}走进来。\n"
                              for i in range(1, MAX_SHOTS + 1)), encoding="utf-8")
    outcome = run_shotgraph("import", script.name, "-o", "out.shotgraph", cwd=tmp_path)
    assert_within_budget(outcome)
    assert outcome.status == 0 and f"{MAX_SHOTS} shots" in outcome.stdout
    opened = run_shotgraph("check", "out.shotgraph", cwd=tmp_path)
    assert_within_budget(opened)
    assert opened.status == 0, opened.describe()


def test_scenes_hopping_between_thousands_of_episodes_import_in_one_pass(tmp_path):
    script = tmp_path / "hopping.txt"
    script.write_text("".join(f"{e}-{s} 日 内 房\n" for s in (1, 2) for e in range(1, 12_001)), encoding="utf-8")
    outcome = run_shotgraph("import", script.name, "-o", "out.shotgraph", cwd=tmp_path)
    assert_within_budget(outcome)
    assert outcome.status == 0 and "12000 episode(s)" in outcome.stdout


def test_a_small_docx_that_would_inflate_to_a_huge_body_is_refused(tmp_path):
    script = tmp_path / "bomb.docx"
    inflated = streamed_docx(script, paragraphs("△甲进门。") * 20_000, 150)
    assert script.stat().st_size < 1_000_000 and inflated > 2 * MAX_EXPANDED_BYTES
    outcome = run_shotgraph("import", script.name, "-o", "out.shotgraph", cwd=tmp_path)
    assert_refused(outcome, script)
    assert "once decompressed" in outcome.stderr and not (tmp_path / "out.shotgraph").exists()


def test_a_docx_body_just_under_the_budget_is_streamed_within_memory(tmp_path):
    script = tmp_path / "big.docx"
    tail = b"</w:body></w:document>"
    head = word_xml(paragraphs("1-1 日 内 客厅"))[:-len(tail)]
    inflated = streamed_docx(script, paragraphs("△甲进门，坐下。") * 10_000, 60, head, tail)
    assert MAX_EXPANDED_BYTES / 2 < inflated < MAX_EXPANDED_BYTES
    outcome = run_shotgraph("check", script.name, cwd=tmp_path)
    assert_refused(outcome, script)
    assert f"{MAX_SHOTS:,} scenes and shots" in outcome.stderr and ": paragraph " in outcome.stderr


def test_a_cast_built_to_defeat_name_matching_ends_within_budget(tmp_path):
    script = tmp_path / "cast.txt"
    names = "、".join(f"林{i}" for i in range(3000))
    script.write_text(f"1-1 日 内 房\n人物：{names}\n" + "△林。\n" * 40_000, encoding="utf-8")
    outcome = run_shotgraph("import", script.name, "-o", "out.shotgraph", cwd=tmp_path)
    assert_within_budget(outcome)
    if outcome.status != 0:
        assert_refused(outcome, script)
        assert not (tmp_path / "out.shotgraph").exists()


@pytest.mark.parametrize("command", [("import", "pipe.fountain", "-o", "out.shotgraph"), ("check", "pipe.fountain")])
def test_a_pipe_named_like_a_script_is_refused_by_the_command_line(tmp_path, command):
    os.mkfifo(tmp_path / "pipe.fountain")
    outcome = run_shotgraph(*command, cwd=tmp_path, timeout=20)
    assert_refused(outcome, tmp_path / "pipe.fountain")
    assert "pipe" in outcome.stderr and not (tmp_path / "out.shotgraph").exists()
