"""The story of the demo project 《霓虹之下》 as plain tables: episodes, scenes and shots.

build_demo.py turns these tables into model records. A shot's characters are written
``"key pos look motion look_override"`` (``.`` for unknown), several joined by ``,``;
a character's wardrobe look defaults to its look for the scene's story day.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SEEDANCE = ("seedance-2.0", "neon-noir-v2")
KLING = ("kling-2.1", "documentary-cold")


@dataclass(frozen=True)
class AISpec:
    """What an AI shot (or plate) is generated from."""

    engine: tuple[str, str]
    seed: int
    prompt: str
    refs: tuple[str, ...] = ()


@dataclass(frozen=True)
class ShotSpec:
    """One row of the shot table."""

    code: str
    mode: str
    size: str
    angle: str
    move: str
    duration: float
    description: str
    chars: str = ""
    dialogue: str = ""
    emotion: int = 0
    side: str | None = None
    lens: float | None = None
    props: tuple[tuple[str, str | None], ...] = ()
    ai: AISpec | None = None
    plate: str | None = None
    plate_asset: str | None = None
    kelvin: tuple[float, float] | None = None
    int_ext: str | None = None
    intent: tuple[str, ...] = ()
    alt_of: str | None = None
    notes: str = ""


@dataclass(frozen=True)
class SceneSpec:
    code: str
    heading: str
    location: str
    int_ext: str
    time_of_day: str
    story_day: int
    shots: tuple[ShotSpec, ...] = field(default_factory=tuple)
    cast: tuple[str, ...] = ()
    """Characters present (keys of demo_cast.CHARACTER_IDS), speaking or not."""
    extras: int = 0
    """Background performers (群演) the scene needs."""


@dataclass(frozen=True)
class EpisodeSpec:
    number: int
    title: str
    disclosed: bool
    notes: str
    scenes: tuple[SceneSpec, ...]


def _e1_riverside() -> SceneSpec:
    shots = (
        ShotSpec("1-01", "ai", "EWS", "HIGH", "DRONE", 5,
                 "夜，钱江新城灯光秀，江面倒映霓虹，航拍缓缓推向江岸。",
                 ai=AISpec(SEEDANCE, 20261201, "航拍，夜晚杭州钱江新城天际线，灯光秀，钱塘江倒影，"
                           "雨后湿润空气，电影感，竖屏9:16")),
        ShotSpec("1-02", "ai", "WS", "EYE", "STATIC", 3,
                 "空镜：湿漉漉的江滨步道，霓虹在积水里晃动。",
                 ai=AISpec(SEEDANCE, 20261202, "夜晚江滨步道空镜，地面积水反射霓虹灯，无人，"
                           "平视机位，35mm，竖屏9:16"),
                 notes="Clean plate for 1-03: keep the horizon at 2/3 height, no people."),
        ShotSpec("1-03", "hybrid", "WS", "EYE", "TRUCK", 4,
                 "林晚拖着行李箱从画左走入，一边走一边打电话。",
                 chars="lw L R R", dialogue="林晚：小川，接电话啊……", emotion=1, side="A", lens=35,
                 plate="1-02", kelvin=(4300, 4200),
                 notes="Green screen, practical neon fill from camera right to match the plate."),
        ShotSpec("1-04", "live", "MS", "EYE", "STATIC", 3,
                 "林晚停下脚步，低头看手机，屏幕上是十二个未接来电。",
                 chars="lw C . .", emotion=1, side="A", lens=50, props=(("phone_lw", "亮屏"),)),
        ShotSpec("1-05", "live", "INSERT", "HIGH", "STATIC", 2,
                 "手机屏幕：林川最后一条消息——“姐，别回来。”",
                 side="A", lens=85, props=(("phone_lw", "亮屏"),)),
        ShotSpec("1-06", "live", "CU", "EYE", "DOLLY_IN", 3,
                 "林晚抬起头，霓虹光在她脸上流过，眼神从困惑变成不安。",
                 chars="lw C R .", emotion=2, side="A", lens=85),
        ShotSpec("1-06B", "live", "MCU", "EYE", "HANDHELD", 3,
                 "备选：手持跟拍林晚转身望向江面，呼吸急促。",
                 chars="lw C R .", emotion=2, side="A", lens=50, alt_of="1-06",
                 notes="Alternative take for the edit: rawer, handheld."),
    )
    return SceneSpec("1", "EXT. 钱江新城江滨步道 — 夜", "riverside", "EXT", "NIGHT", 1, shots,
                     cast=("lw",), extras=8)


def _e1_apartment() -> SceneSpec:
    shots = (
        ShotSpec("2-01", "live", "WS", "EYE", "STATIC", 4,
                 "漆黑的公寓，顾言推门，手电光扫过屋内，林晚跟在后面。",
                 chars="lw L R R, gy R L R", emotion=1, side="A", lens=24,
                 props=(("flashlight", "亮"),)),
        ShotSpec("2-02", "live", "MS", "EYE", "STATIC", 3,
                 "顾言检查门锁。", chars="gy R L .", dialogue="顾言：门锁没坏，他是自己走的。",
                 emotion=1, side="A", lens=50, props=(("flashlight", "亮"),)),
        ShotSpec("2-03", "live", "MS", "EYE", "STATIC", 3,
                 "林晚环顾房间，行李、吉他都还在。", chars="lw L R .",
                 dialogue="林晚：不可能，他的东西都还在。", emotion=2, side="A", lens=50),
        ShotSpec("2-04", "live", "INSERT", "OVERHEAD", "STATIC", 2,
                 "书桌上，笔记本电脑旁压着半张渡船票：南星桥—西兴 23:40。",
                 lens=100, props=(("ticket", "撕开的半张"),)),
        ShotSpec("2-05", "live", "MCU", "EYE", "DOLLY_IN", 3,
                 "林晚捏着船票，手指发抖。", chars="lw L R . trench",
                 dialogue="林晚：他那晚去了渡口。", emotion=2, side="A", lens=65,
                 props=(("ticket", "撕开的半张"),)),
    )
    return SceneSpec("2", "INT. 林川公寓 — 夜", "apartment", "INT", "NIGHT", 1, shots, cast=("lw", "gy"))


def _e1_office() -> SceneSpec:
    shots = (
        ShotSpec("3-01", "ai", "EWS", "LOW", "STATIC", 3,
                 "清晨，江边老办公楼，褪色的招牌“林氏渡轮”，江面薄雾。", int_ext="EXT",
                 ai=AISpec(SEEDANCE, 20261203, "清晨，钱塘江边的老式三层办公楼，褪色招牌“林氏渡轮”，"
                           "薄雾，低角度，写实，竖屏9:16")),
        ShotSpec("3-02", "live", "WS", "EYE", "STATIC", 4,
                 "办公室。沈国栋坐在旧办公桌后，林晚推门进来。",
                 chars="lw L R R, ss R L .", emotion=1, side="A", lens=28),
        ShotSpec("3-03", "live", "MCU", "EYE", "STATIC", 3, "林晚直视沈叔。", chars="lw L R .",
                 dialogue="林晚：沈叔，小川前天晚上来过公司吗？", emotion=2, side="A", lens=65),
        ShotSpec("3-04", "live", "MCU", "EYE", "STATIC", 3, "沈国栋避开她的目光，摆弄茶杯。",
                 chars="ss R L .", dialogue="沈国栋：他说要去趟码头……别的我不知道。",
                 emotion=1, side="B", lens=65),
        ShotSpec("3-05", "live", "FS", "EYE", "STATIC", 3, "门口，赵倩踩着高跟鞋走进来，笑意不达眼底。",
                 chars="lw L R ., zq C L L, ss R L .", emotion=1, side="B", lens=35),
        ShotSpec("3-06", "live", "MCU", "EYE", "STATIC", 3, "赵倩递出一份文件。", chars="zq C L .",
                 dialogue="赵倩：收购合同下周一签，你弟弟已经签过字了。", emotion=1, side="B", lens=65),
        ShotSpec("3-07", "live", "CU", "EYE", "DOLLY_IN", 3, "林晚盯着签名，认出那不是弟弟的笔迹。",
                 chars="lw L R .", emotion=2, side="B", lens=85,
                 notes="Hold two beats on the realisation before the cut."),
    )
    return SceneSpec("3", "INT. 林氏渡轮办公室 — 日", "office", "INT", "DAY", 2, shots, cast=("lw", "ss", "zq"))


def _e1_pier() -> SceneSpec:
    shots = (
        ShotSpec("4-01", "ai", "EWS", "HIGH", "DRONE", 4,
                 "航拍南星桥渡口，几艘旧渡船靠岸，一个小小的身影沿栈桥走去。",
                 chars="lw C . R", emotion=0,
                 ai=AISpec(KLING, 51201, "航拍，白天，杭州南星桥渡口，旧渡船停靠，远处钱江三桥，"
                           "一名穿黑色风衣的年轻女子沿栈桥行走，纪实风格，竖屏9:16", refs=("lw",))),
        ShotSpec("4-02", "live", "MS", "EYE", "STATIC", 3, "林晚停在空着的泊位前，缆绳被割断。",
                 chars="lw C R .", emotion=1, lens=50, props=(("ticket", "撕开的半张"),)),
        ShotSpec("4-03", "live", "CU", "EYE", "STATIC", 3, "林晚望向江心。", chars="lw C R .",
                 dialogue="林晚：小川，你到底去哪了？", emotion=2, lens=85),
        ShotSpec("4-04", "hybrid", "MS", "EYE", "STATIC", 3, "过肩：林晚背对镜头，江面大雾正在合拢。",
                 chars="lw L R .", emotion=2, lens=50, plate="4-05", kelvin=(5600, 6000)),
        ShotSpec("4-05", "ai", "EWS", "EYE", "STATIC", 5,
                 "大雾江面，一艘空渡船亮着灯缓缓漂远，甲板上隐约站着一个人影。",
                 chars="lc C . L", emotion=1, intent=("ending",),
                 ai=AISpec(KLING, 51202, "白天，钱塘江大雾，一艘老式渡船亮着灯漂向远方，甲板上一个"
                           "穿灰色连帽衫的年轻男子背影，平视，纪实风格，竖屏9:16", refs=("lc",)),
                 notes="Also the plate of 4-04. Ends on the figure: cliffhanger."),
    )
    return SceneSpec("4", "EXT. 南星桥渡口 — 日", "pier", "EXT", "DAY", 2, shots,
                     cast=("lw", "fm"), extras=4)


def _e2_office() -> SceneSpec:
    shots = (
        ShotSpec("1-01", "ai", "EWS", "LOW", "STATIC", 3, "深夜，林氏渡轮办公楼只有一扇窗亮着，江雾翻涌。",
                 int_ext="EXT",
                 ai=AISpec(SEEDANCE, 20261211, "深夜，江边老式办公楼，只有一扇窗亮灯，江雾，霓虹反光，"
                           "低角度，竖屏9:16")),
        ShotSpec("1-02", "live", "FS", "EYE", "HANDHELD", 4, "林晚打着手电翻找档案柜，从最底层抽屉里摸出一本旧账本。",
                 chars="lw C . L", emotion=1, side="A", lens=35, props=(("flashlight", "亮"),)),
        ShotSpec("1-03", "live", "INSERT", "OVERHEAD", "STATIC", 3,
                 "账本第37页：“11月30日 夜航 林川号 23:40 —— 赵”。",
                 lens=100, props=(("ledger", "翻开·第37页"),)),
        ShotSpec("1-04", "live", "MCU", "EYE", "STATIC", 3, "林晚读着账本，听到门响，猛地抬头。",
                 chars="lw L R .", emotion=2, side="A", lens=65, props=(("ledger", "合上"),)),
        ShotSpec("1-05", "live", "MS", "EYE", "STATIC", 3, "沈国栋站在门口，手里拎着一串钥匙。",
                 chars="ss R L .", dialogue="沈国栋：那本账，你不该看。", emotion=2, side="A", lens=50),
    )
    return SceneSpec("1", "INT. 林氏渡轮办公室 — 夜", "office", "INT", "NIGHT", 2, shots, cast=("lw", "ss"))


def _e2_pier() -> SceneSpec:
    shots = (
        ShotSpec("2-01", "ai", "EWS", "HIGH", "CRANE", 4, "雨夜，渡口拉起警戒线，警灯闪烁，围观人群撑着伞。",
                 ai=AISpec(KLING, 51211, "雨夜，杭州老渡口，警戒线，红蓝警灯，撑伞的围观人群，"
                           "俯拍，纪实风格，竖屏9:16")),
        ShotSpec("2-02", "ai", "WS", "EYE", "FOLLOW", 3, "顾言穿过人群，沿栈桥向江边跑去。",
                 chars="gy C . R", emotion=1,
                 ai=AISpec(KLING, 51212, "雨夜，穿深灰冲锋衣的年轻男子穿过撑伞人群奔跑，警灯，"
                           "跟拍，纪实风格，竖屏9:16")),
        ShotSpec("2-03", "live", "MS", "EYE", "STATIC", 4, "栈桥尽头，顾言把平板递给林晚。",
                 chars="lw L R ., gy R L .", dialogue="顾言：渡船的GPS最后停在江心，凌晨一点四十。",
                 emotion=1, side="A", lens=40),
        ShotSpec("2-04", "live", "MCU", "EYE", "STATIC", 3, "林晚把平板塞回给他。", chars="lw L R .",
                 dialogue="林晚：我要上船去找。", emotion=2, side="A", lens=65),
        ShotSpec("2-05", "live", "MCU", "EYE", "STATIC", 3, "顾言拉住她。", chars="gy R L .",
                 dialogue="顾言：起雾了，现在出去太危险——", emotion=2, side="A", lens=65),
    )
    return SceneSpec("2", "EXT. 南星桥渡口 — 夜", "pier", "EXT", "NIGHT", 2, shots,
                     cast=("lw", "gy"), extras=20)


def _e2_river() -> SceneSpec:
    shots = (
        ShotSpec("3-01", "ai", "EWS", "EYE", "STATIC", 4, "浓雾江心，搜救艇的探照灯切开雾气，远处漂着那艘空渡船。",
                 ai=AISpec(KLING, 51221, "夜晚，钱塘江江心浓雾，搜救艇探照灯光束，远处一艘亮灯的空渡船，"
                           "平视，纪实风格，竖屏9:16"),
                 notes="Also the plate of 3-05."),
        ShotSpec("3-02", "hybrid", "WS", "EYE", "STATIC", 4, "搜救艇甲板上，林晚和顾言扶着栏杆，盯着越来越近的渡船。",
                 chars="lw L R ., gy R R .", emotion=2, lens=28,
                 plate_asset="plates/qiantang_fog_night_v4.exr", kelvin=(5000, 4300),
                 notes="Green screen stage, gimbal deck for the boat's roll."),
        ShotSpec("3-03", "ai", "FS", "EYE", "STATIC", 3, "空渡船甲板，长椅上一部手机在响，屏幕亮着“姐”。",
                 props=(("phone_lc", "来电：姐"),),
                 ai=AISpec(KLING, 51222, "夜晚，雾中老渡船空荡的甲板，长椅上一部亮屏响铃的手机，"
                           "冷色调，纪实风格，竖屏9:16")),
        ShotSpec("3-04", "ai", "CU", "EYE", "STATIC", 3, "林晚看清手机屏幕，泪水夺眶而出。",
                 chars="lw C R .", emotion=3,
                 ai=AISpec(KLING, 51223, "夜晚雾中，年轻女子特写，泪流满面，冷色探照灯光，"
                           "纪实风格，竖屏9:16", refs=("lw",))),
        ShotSpec("3-05", "hybrid", "MS", "EYE", "HANDHELD", 3, "顾言一把抓住要翻过栏杆的林晚。",
                 chars="gy C L .", dialogue="顾言：林晚！回来！", emotion=2, lens=40,
                 plate="3-01", kelvin=(4300, 4400)),
    )
    return SceneSpec("3", "EXT. 钱塘江江面 — 搜救艇甲板 — 夜", "pier", "EXT", "NIGHT", 2, shots,
                     cast=("lw", "gy"), extras=3)


def _e2_apartment() -> SceneSpec:
    shots = (
        ShotSpec("4-01", "ai", "EWS", "HIGH", "DRONE", 3, "黎明，滨江的高楼在薄雾里泛着冷光。", int_ext="EXT",
                 ai=AISpec(SEEDANCE, 20261214, "黎明，杭州滨江住宅高楼，薄雾，冷蓝色调，航拍，竖屏9:16")),
        ShotSpec("4-02", "live", "WS", "EYE", "STATIC", 4, "林川的公寓。林晚和衣蜷在沙发上睡着，茶几上放着林川的手机。",
                 chars="lw C . .", emotion=1, lens=28, props=(("phone_lc", None),)),
        ShotSpec("4-03", "live", "INSERT", "OVERHEAD", "STATIC", 2, "手机震动，屏幕：“未知号码”。",
                 lens=100, props=(("phone_lc", "来电：未知号码"),)),
        ShotSpec("4-04", "live", "MCU", "EYE", "STATIC", 3, "林晚惊醒，接起电话。", chars="lw C L .",
                 dialogue="林晚：喂？", emotion=2, lens=65),
        ShotSpec("4-05", "live", "ECU", "EYE", "DOLLY_IN", 3, "林晚的眼睛，瞳孔一缩。",
                 chars="lw C CAM .", dialogue="林川（画外）：姐，别相信沈叔。", emotion=3, lens=100,
                 intent=("ending",), notes="V.O. recorded wild on day 2; the cut ends on her eyes."),
    )
    return SceneSpec("4", "INT. 林川公寓 — 黎明", "apartment", "INT", "DAWN", 3, shots, cast=("lw",))


def episodes() -> tuple[EpisodeSpec, ...]:
    """The two episodes of the demo, scenes and shots in creation order."""
    return (
        EpisodeSpec(1, "失踪的渡船", True, "林晚回到杭州寻找失踪的弟弟林川。",
                    (_e1_riverside(), _e1_apartment(), _e1_office(), _e1_pier())),
        EpisodeSpec(2, "雾中来电", True, "账本、雾夜搜救，和一通来自未知号码的电话。",
                    (_e2_office(), _e2_pier(), _e2_river(), _e2_apartment())),
    )
