#!/usr/bin/env python3
"""Writes demo/near-forum-2023-delegates.csv: the delegate list of the NEAR International
Forum 2023 as a secretariat would import it.

Seed 002 says "200+ delegates from 38 local governments and organisations of five countries"
took part. The programme's speakers are there by name (from demo/directory.toml); everyone
else is ILLUSTRATIVE: names are drawn from common names of each country by a fixed seed, and
every address is @example.org. Run it again and the file comes out the same.

    python3 demo/make_delegates.py > demo/near-forum-2023-delegates.csv
"""

import csv
import random
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).parent
rng = random.Random(2023_12_07)

# The 38 organisations (directory slugs) and how many each sent; the host sends most.
DELEGATIONS = {
    "KR": {"gyeongsangbuk-do": 34, "gyeongju": 14, "pohang": 10, "near": 12, "busan": 5, "gangwon": 5,
           "jeollanam-do": 4, "tcs": 3, "knea": 3, "kcfr": 3, "korea-japan-future-forum": 2,
           "kwangwoon-university": 2, "wego": 3},
    "CN": {"heilongjiang": 8, "jilin": 8, "liaoning": 7, "shandong": 7, "inner-mongolia": 9, "hass": 2,
           "imufe": 2, "china-consulate-busan": 3},
    "JP": {"toyama": 6, "tottori": 7, "shimane": 5, "yamagata": 5, "isa": 1},
    "RU": {"primorsky-krai": 6, "khabarovsk-krai": 5, "irkutsk-oblast": 4, "buryatia": 4,
           "zabaykalsky-krai": 4, "mgimo": 1, "tomsk-state-university": 1, "russia-consulate-busan": 3},
    "MN": {"ulaanbaatar": 6, "tov": 5, "dornod": 4, "num": 1},
}

KR_FAMILY = [("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"),
             ("조", "Cho"), ("윤", "Yoon"), ("장", "Jang"), ("한", "Han"), ("서", "Seo"), ("권", "Kwon")]
KR_GIVEN = [("민준", "Min-jun"), ("서연", "Seo-yeon"), ("지훈", "Ji-hoon"), ("수빈", "Su-bin"), ("현우", "Hyun-woo"),
            ("지은", "Ji-eun"), ("동현", "Dong-hyun"), ("예진", "Ye-jin"), ("성호", "Seong-ho"), ("미경", "Mi-kyung"),
            ("재원", "Jae-won"), ("혜진", "Hye-jin"), ("상철", "Sang-cheol"), ("은정", "Eun-jeong")]
CN_FAMILY = [("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"),
             ("赵", "Zhao"), ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu")]
CN_GIVEN = [("伟", "Wei"), ("芳", "Fang"), ("秀英", "Xiuying"), ("建国", "Jianguo"), ("丽", "Li"), ("强", "Qiang"),
            ("海燕", "Haiyan"), ("志明", "Zhiming"), ("静", "Jing"), ("晓东", "Xiaodong")]
JP_FAMILY = [("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"), ("伊藤", "Ito"),
             ("渡辺", "Watanabe"), ("山本", "Yamamoto"), ("中村", "Nakamura")]
JP_GIVEN = [("健一", "Kenichi"), ("裕子", "Yuko"), ("直樹", "Naoki"), ("美咲", "Misaki"), ("大輔", "Daisuke"),
            ("恵", "Megumi"), ("浩", "Hiroshi"), ("由美", "Yumi")]
RU_NAMES = [("Алексей", "Иванов", "Aleksey", "Ivanov"), ("Елена", "Смирнова", "Elena", "Smirnova"),
            ("Дмитрий", "Кузнецов", "Dmitry", "Kuznetsov"), ("Ольга", "Попова", "Olga", "Popova"),
            ("Сергей", "Васильев", "Sergey", "Vasilyev"), ("Наталья", "Соколова", "Natalya", "Sokolova"),
            ("Андрей", "Морозов", "Andrey", "Morozov"), ("Татьяна", "Новикова", "Tatyana", "Novikova"),
            ("Игорь", "Фёдоров", "Igor", "Fyodorov"), ("Анна", "Волкова", "Anna", "Volkova")]
MN_GIVEN = [("Батбаяр", "Batbayar"), ("Оюунчимэг", "Oyuunchimeg"), ("Ганбаатар", "Ganbaatar"),
            ("Сарангэрэл", "Sarangerel"), ("Төмөрбаатар", "Tumurbaatar"), ("Энхтуяа", "Enkhtuya"),
            ("Мөнхбат", "Munkhbat"), ("Үүрцайх", "Uurtsaikh")]
MN_FAMILY = [("Дорж", "Dorj"), ("Бат", "Bat"), ("Ганболд", "Ganbold"), ("Сүх", "Sukh"), ("Очир", "Ochir")]
POSITIONS = ["Director-General, International Relations", "Director, International Cooperation",
             "Deputy Director, External Affairs", "Officer, International Cooperation",
             "Senior Officer, Economic Affairs", "Interpreter", "Assistant Director, Tourism",
             "Officer, Culture and Exchange"]
LANGUAGE = {"KR": "ko", "CN": "zh", "JP": "ja", "RU": "ru", "MN": "mn"}


def invent(country):
    """(given, family, native) for an illustrative delegate of `country`."""
    if country == "KR":
        (fn, fr), (gn, gr) = rng.choice(KR_FAMILY), rng.choice(KR_GIVEN)
        return gr, fr, fn + gn
    if country == "CN":
        (fn, fr), (gn, gr) = rng.choice(CN_FAMILY), rng.choice(CN_GIVEN)
        return gr, fr, fn + gn
    if country == "JP":
        (fn, fr), (gn, gr) = rng.choice(JP_FAMILY), rng.choice(JP_GIVEN)
        return gr, fr, f"{fn} {gn}"
    if country == "RU":
        gn, fn, gr, fr = rng.choice(RU_NAMES)
        return gr, fr, f"{gn} {fn}"
    (fn, fr), (gn, gr) = rng.choice(MN_FAMILY), rng.choice(MN_GIVEN)
    return gr, fr, f"{fn} {gn}"


def main():
    directory = tomllib.loads((HERE / "directory.toml").read_text())
    people = {p["slug"]: p for p in directory["person"]}
    events = tomllib.loads((HERE / "events.toml").read_text())
    forum = next(e for e in events["event"] if e["slug"] == "near-forum-2023")
    # The programme's people who were there (a congratulatory *message* was read, not given).
    speakers = {}
    for s in forum["session"]:
        for p in s.get("participant", []):
            if p["person"] != "lee-kang-deok":
                speakers.setdefault(p["person"], p.get("organisation"))
    country_of = {org: c for c, orgs in DELEGATIONS.items() for org in orgs}
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["category", "honorific", "given_name", "family_name", "native_name", "position",
                  "organisation", "country", "email", "interpretation_language"])
    n = 0
    left = {org: count for orgs in DELEGATIONS.values() for org, count in orgs.items()}
    for slug, org in sorted(speakers.items()):
        p = people[slug]
        # HABA Kumiko came from Japan, representing the International Studies Association.
        country = "JP" if org == "isa" else country_of[org]
        out.writerow(["speaker", p.get("honorific", ""), p["given_name"], p["family_name"], p.get("native_name", ""),
                      "", org, country, f"{slug}@example.org", LANGUAGE[country]])
        left[org] -= 1
        n += 1
    for country, orgs in DELEGATIONS.items():
        for org in orgs:
            for i in range(max(left[org], 0)):
                given, family, native = invent(country)
                category = "head_of_delegation" if i == 0 and org not in ("near", "wego") else "delegate"
                if org == "near" and i > 0:
                    category = "staff"
                n += 1
                out.writerow([category, "", given, family, native, rng.choice(POSITIONS), org, country,
                              f"delegate{n:03}@example.org", LANGUAGE[country]])
    print(f"{n} delegates", file=sys.stderr)


if __name__ == "__main__":
    main()
