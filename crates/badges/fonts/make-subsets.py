#!/usr/bin/env python3
"""Rebuild the font subsets shipped in this folder.

The sources are Debian's packages (fonts-noto-cjk, fonts-noto-core); the tool is fonttools'
pyftsubset. Run from this folder:

    apt-get install -y fonts-noto-cjk fonts-noto-core
    pip install fonttools brotli
    python3 make-subsets.py

It writes the four font files. The Han sets are computed from the national character sets
that Python's codecs know, so no list has to be downloaded; `tests/coverage.rs` checks the
result against the same sets decoded by another library.
"""

import os
import subprocess
import tempfile

CJK_SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc"
# Face 1 of the collection is Noto Sans CJK KR: the host secretariat is Korean, and every face
# has the same glyphs; only which regional form a shared Han code point maps to differs.
CJK_FACE = 1
LATIN_SOURCE = "/usr/share/fonts/truetype/noto/NotoSans-{}.ttf"


def from_codec(codec, lead, trail):
    """The Han characters (incl. compatibility ideographs) a double-byte codec decodes to."""
    found = set()
    for a in range(lead[0], lead[1] + 1):
        for b in range(trail[0], trail[1] + 1):
            try:
                ch = bytes([a, b]).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(ch) == 1 and (0x3400 <= ord(ch) <= 0x9FFF or 0xF900 <= ord(ch) <= 0xFAFF):
                found.add(ord(ch))
    return found


def span(first, last):
    return set(range(first, last + 1))


# The common Han characters of the forum's countries: 10,832 in all.
common_han = (
    from_codec("gb2312", (0xB0, 0xF7), (0xA1, 0xFE))  # GB 2312 levels 1+2: 6,763 simplified
    | from_codec("big5", (0xA4, 0xC6), (0x40, 0xFE))  # Big5 level 1 (common): 5,401 traditional
    | from_codec("euc_jp", (0xB0, 0xF4), (0xA1, 0xFE))  # JIS X 0208 levels 1+2: 6,355 kanji
    | from_codec("euc_kr", (0xCA, 0xFD), (0xA1, 0xFE))  # KS X 1001 hanja: 4,888
    # The Joyo kanji (2010) outside JIS X 0208; with it, all 2,136 are in.
    | {0x20B9F, 0x5861, 0x525D, 0x9830}  # 𠮟 塡 剝 頰
)

# The bold face, which sets names and organisations, has the whole CJK Unified Ideographs
# block besides: names use characters beyond the common sets (喆, 堃, 嶦), and a name that
# cannot be printed is worse than a large font. The whole block in both weights would come
# to 13 MB; regular text (titles, countries) that meets such a character borrows it from the
# bold face instead.
all_han = common_han | span(0x4E00, 0x9FFF)

hangul_kana_and_punctuation = (
    span(0xAC00, 0xD7A3)  # Hangul syllables, all 11,172
    | span(0x1100, 0x11FF)  # Hangul jamo
    | span(0x3130, 0x318F)  # Hangul compatibility jamo (ㄱ ㅏ)
    | span(0x3040, 0x309F)  # Hiragana
    | span(0x30A0, 0x30FF)  # Katakana
    | span(0x31F0, 0x31FF)  # Katakana phonetic extensions
    | span(0x3000, 0x303F)  # CJK symbols and punctuation (、。「」〇)
    | span(0xFF00, 0xFFEF)  # Halfwidth and fullwidth forms
    | span(0x3200, 0x32FF)  # Enclosed CJK letters (㈜ appears in Korean company names)
    | span(0x0020, 0x007E)  # ASCII, so a CJK run's spaces and digits need no font switch
    | {0x00B7}  # Middle dot, as in Chinese transcriptions of foreign names (爱新觉罗·溥仪)
)

latin = (
    span(0x0020, 0x007E)  # Basic Latin
    | span(0x00A0, 0x00FF)  # Latin-1 Supplement (São Paulo)
    | span(0x0100, 0x017F)  # Latin Extended-A (Kraków, Ğ)
    | span(0x0180, 0x024F)  # Latin Extended-B (Vietnamese ơ ư)
    | span(0x0250, 0x02FF)  # IPA and spacing modifiers (ʻ in Uzbek and Hawaiian names)
    | span(0x0300, 0x036F)  # Combining diacritics, for names typed decomposed
    | span(0x0370, 0x03FF)  # Greek
    | span(0x0400, 0x04FF)  # Cyrillic, incl. Mongolian Ө ө Ү ү
    | span(0x0500, 0x052F)  # Cyrillic Supplement
    | span(0x1E00, 0x1EFF)  # Latin Extended Additional (Vietnamese Nguyễn)
    | span(0x2000, 0x206F)  # General punctuation (– — ‘ ’ “ ” …)
    | span(0x20A0, 0x20CF)  # Currency symbols
    | span(0x2100, 0x214F)  # Letterlike symbols (№)
)


def write_list(path, points):
    """One `U+XXXX` a line, as pyftsubset's --unicodes-file reads it."""
    with open(path, "w") as f:
        f.writelines(f"U+{cp:04X}\n" for cp in sorted(points))


def subset(source, extra, unicodes, output):
    subprocess.run(
        ["pyftsubset", source, *extra, f"--unicodes-file={unicodes}", f"--output-file={output}",
         # No hinting: PDF viewers and printers rasterise at high resolution, and hints are a
         # large share of the bytes.
         "--no-hinting", "--name-IDs=*", "--name-languages=*", "--notdef-outline"],
        check=True,
    )


# Badges are set horizontally and without a language tag, so the CJK font keeps only the
# features such text uses. The defaults would also keep the vertical forms and every regional
# alternate that `locl` reaches, which pulls in some 10,000 glyphs nobody sees.
CJK_FEATURES = ["--layout-features=ccmp,kern,mark,mkmk,ljmo,vjmo,tjmo",
                "--drop-tables+=vhea,vmtx,VORG"]

lists = tempfile.mkdtemp()
cjk_sets = {"Regular": common_han | hangul_kana_and_punctuation, "Bold": all_han | hangul_kana_and_punctuation}
for weight in ("Regular", "Bold"):
    cjk_list, latin_list = os.path.join(lists, f"cjk-{weight}.txt"), os.path.join(lists, "latin.txt")
    write_list(cjk_list, cjk_sets[weight])
    write_list(latin_list, latin)
    subset(CJK_SOURCE.format(weight), [f"--font-number={CJK_FACE}", *CJK_FEATURES], cjk_list,
           f"NotoSansCJKkr-{weight}-subset.otf")
    subset(LATIN_SOURCE.format(weight), [], latin_list, f"NotoSans-{weight}-subset.ttf")
