"""The people and places of the demo project: cast, crew, characters, looks, props, locations."""

from __future__ import annotations

from shotgraph.core.model import Character, Location, Person, Prop, WardrobeLook

CHARACTER_IDS = {"lw": "ch_linwan", "lc": "ch_linchuan", "ss": "ch_shen", "gy": "ch_guyan", "zq": "ch_zhaoqian",
                 "fm": "ch_ferryman"}
LOCATION_IDS = {"riverside": "loc_riverside", "apartment": "loc_apartment", "office": "loc_office",
                "pier": "loc_pier"}
PROP_IDS = {"phone_lw": "pr_phone_linwan", "phone_lc": "pr_phone_linchuan", "ticket": "pr_ticket",
            "ledger": "pr_ledger", "flashlight": "pr_flashlight"}

_CREW = (
    ("p_li_zhiyuan", "李知远", "directing", "导演 Director", "138-0571-2201"),
    ("p_wang_shan", "王珊", "production", "制片人 Producer", "139-5710-3302"),
    ("p_zhang_chi", "张弛", "directing", "第一副导演 1st AD", "137-5712-4403"),
    ("p_liu_jianguo", "刘建国", "production", "制片主任 Production manager", "135-8810-5504"),
    ("p_sun_yue", "孙越", "camera", "摄影指导 DP", "186-5710-6605"),
    ("p_ma_qiang", "马强", "grip_electric", "灯光师 Gaffer", "158-6712-7706"),
    ("p_wu_tong", "吴桐", "sound", "录音师 Sound mixer", "159-6713-8807"),
    ("p_zheng_wen", "郑雯", "wardrobe", "服装 Wardrobe", "188-5710-9908"),
    ("p_yang_liu", "杨柳", "hair_makeup", "化妆 Hair & make-up", "187-5711-1009"),
    ("p_gao_peng", "高鹏", "vfx_ai", "AI/视效总监 VFX & AI supervisor", "131-5712-1110"),
)

_CAST = (
    ("p_zhou_yiran", "周一然", "林晚", "136-5710-2211", "滨江区江南大道酒店门口"),
    ("p_xu_zihang", "许子航", "林川", "139-6712-3312", ""),
    ("p_he_jianping", "何建平", "沈国栋", "138-5711-4413", "上城区望江门地铁站B口"),
    ("p_chen_mo", "陈默", "顾言", "137-5713-5514", ""),
    ("p_song_lihua", "宋丽华", "赵倩", "135-7712-6615", ""),
    ("p_zhou_deshun", "周德顺", "老船工", "133-5719-7716", "上城区南星桥渡口"),
)


def cast_and_crew() -> list[Person]:
    """The crew with their departments, then the cast."""
    crew = [Person(id=pid, name=name, department=dept, role=role, phone=phone)
            for pid, name, dept, role, phone in _CREW]
    cast = [Person(id=pid, name=name, department="cast", role=f"饰 {role}", phone=phone, pickup=pickup)
            for pid, name, role, phone, pickup in _CAST]
    return crew + cast


def characters() -> list[Character]:
    """Six characters; two locked identity references, three likeness consents; 老船工 never speaks."""
    return [
        Character(id="ch_linwan", name="林晚", actor_id="p_zhou_yiran", cast_number=1,
                  identity_refs=["linwan_ref_v2", "linwan_ref_v1"], locked_ref="linwan_ref_v2",
                  likeness_consent=True, hair_makeup_min=60, notes="26岁，在上海做审计，弟弟失踪后回到杭州。"),
        Character(id="ch_linchuan", name="林川", actor_id="p_xu_zihang", cast_number=2,
                  identity_refs=["linchuan_ref_v1"], locked_ref="linchuan_ref_v1",
                  likeness_consent=True, hair_makeup_min=45, notes="22岁，林氏渡轮的继承人，签约前夜失踪。"),
        Character(id="ch_shen", name="沈国栋", actor_id="p_he_jianping", cast_number=3,
                  hair_makeup_min=40, notes="老船长，林家公司的老经理。No AI likeness consent: live only."),
        Character(id="ch_guyan", name="顾言", actor_id="p_chen_mo", cast_number=4, likeness_consent=True,
                  hair_makeup_min=30, notes="林晚的高中同学，刑警。Consent signed; reference photos not shot yet."),
        Character(id="ch_zhaoqian", name="赵倩", actor_id="p_song_lihua", cast_number=5,
                  hair_makeup_min=50, notes="地产公司总裁，要收购林氏渡轮的码头地块。"),
        Character(id="ch_ferryman", name="老船工", actor_id="p_zhou_deshun", cast_number=6, hair_makeup_min=20,
                  notes="渡口的老船工，在泊位边盘缆绳，一句台词也没有。Present in the pier scene, drawn in no shot."),
    ]


def looks() -> list[WardrobeLook]:
    return [
        WardrobeLook(id="wl_linwan_coat", character_id="ch_linwan", name="驼色大衣",
                     description="驼色羊毛大衣，白色高领毛衣，拖着银色行李箱。"),
        WardrobeLook(id="wl_linwan_trench", character_id="ch_linwan", name="黑色风衣",
                     description="黑色长风衣，深灰围巾，头发扎起。"),
        WardrobeLook(id="wl_guyan_jacket", character_id="ch_guyan", name="黑色皮夹克"),
        WardrobeLook(id="wl_guyan_parka", character_id="ch_guyan", name="深灰冲锋衣", description="被雨淋湿的效果。"),
        WardrobeLook(id="wl_shen_workwear", character_id="ch_shen", name="藏青工装外套",
                     description="旧船员工装，胸口绣“林氏渡轮”。"),
        WardrobeLook(id="wl_zhaoqian_suit", character_id="ch_zhaoqian", name="白色西装套裙"),
        WardrobeLook(id="wl_linchuan_hoodie", character_id="ch_linchuan", name="灰色连帽衫"),
    ]


def props() -> list[Prop]:
    return [
        Prop(id="pr_phone_linwan", name="林晚的手机"),
        Prop(id="pr_phone_linchuan", name="林川的手机", description="裂了一角的黑色手机。"),
        Prop(id="pr_ticket", name="渡船票", description="南星桥—西兴 23:40，撕下一半。"),
        Prop(id="pr_ledger", name="账本", description="牛皮纸封面的旧账本，夹着书签。"),
        Prop(id="pr_flashlight", name="手电筒"),
    ]


def locations() -> list[Location]:
    """Four places around Hangzhou's Qiantang river, with what the crew needs to get there safely."""
    return [
        Location(id="loc_riverside", name="钱江新城江滨步道", int_ext="EXT",
                 address="浙江省杭州市上城区之江路（城市阳台南侧江滨步道）",
                 latitude=30.2447, longitude=120.2145,
                 parking="城市阳台地下停车场B2，车组3台车，凭制片组停车证出入",
                 hospital="浙江大学医学院附属第一医院（庆春院区），上城区庆春路79号", emergency_phone="120",
                 travel_minutes=30,
                 notes="灯光秀 19:00–21:30 期间人流大，提前与景区报备。Hybrid shots here use a portable green screen."),
        Location(id="loc_apartment", name="林川公寓（滨江区民宅）", int_ext="INT",
                 address="浙江省杭州市滨江区江南大道某小区7幢1502室", latitude=30.2095, longitude=120.2110,
                 parking="小区地面访客车位2个，器材车停江南大道辅路", emergency_phone="120",
                 hospital="浙江大学医学院附属第二医院（滨江院区），滨江区江虹路1511号", travel_minutes=20,
                 notes="夜戏，22:00后控制音量，已告知物业。"),
        Location(id="loc_office", name="林氏渡轮办公室（老厂房改造）", int_ext="INT",
                 address="浙江省杭州市上城区复兴街某号老厂房3楼", latitude=30.2260, longitude=120.1790,
                 parking="厂区内院可停4台车", emergency_phone="120",
                 hospital="浙江大学医学院附属第二医院（解放路院区），上城区解放路88号", travel_minutes=25,
                 notes="窗外可见钱塘江，日戏注意窗户过曝，备ND膜。"),
        Location(id="loc_pier", name="南星桥渡口", int_ext="EXT",
                 address="浙江省杭州市上城区之江路南星桥渡口", latitude=30.2233, longitude=120.1868,
                 parking="渡口西侧空地，可停3台车；发电车停之江路辅道", emergency_phone="120",
                 hospital="浙江大学医学院附属第二医院（解放路院区），上城区解放路88号", travel_minutes=25,
                 notes="江边作业全员穿救生衣；水上安全员到岗后方可开机。"),
    ]
