#!/usr/bin/python3
"""Makes the product card's fonts in resources/fonts from Debian's Noto packages.

Needs: apt-get install fonts-noto-core fonts-noto-cjk python3-fonttools (only to regenerate;
the build uses the committed files). Run: /usr/bin/python3 scripts/card-fonts.py

Each font is subset (docs/OVERLAY.md, "Fonts") and renamed "Stallcast Card ..." so that Qt never
confuses it with a system copy of Noto (the card must look the same on every machine). All are
under the SIL Open Font License 1.1 (resources/fonts/OFL.txt).
"""
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fonts")
NOTO = "/usr/share/fonts/truetype/noto"
CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

LATIN = ("U+0020-024F,U+0300-036F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,"
         "U+2190-21FF,U+2212,U+25A0-25FF")
THAI = "U+0020-007E,U+0E00-0E7F,U+2000-206F"


def cjk_unicodes():
    """Hangul syllables (all 11,172), jamo, CJK punctuation, full-width forms and the Han
    characters of GB 2312 (simplified Chinese, 6,763) and KS X 1001 (hanja)."""
    cps = set(range(0x20, 0x7F)) | set(range(0x3000, 0x3040)) | set(range(0x3130, 0x3190))
    cps |= set(range(0xAC00, 0xD7A4)) | set(range(0xFF00, 0xFFF0))
    for cp in range(0x4E00, 0xA000):
        for encoding in ("gb2312", "euc_kr"):
            try:
                chr(cp).encode(encoding)
                cps.add(cp)
                break
            except UnicodeEncodeError:
                pass
    return sorted(cps)


def rename(font, family, style):
    full = family if style == "Regular" else family + " " + style
    postscript = full.replace(" ", "") + ("" if "-" in full else "")
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (1, 2, 3, 4, 6, 16, 17, 21, 22):
            name.removeNames(nameID=record.nameID)
    for name_id, value in ((1, family), (2, style), (3, "Stallcast:" + postscript),
                           (4, full), (6, postscript)):
        name.setName(value, name_id, 3, 1, 0x409)
        name.setName(value, name_id, 1, 0, 0)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [postscript]
        top = cff.topDictIndex[0]
        top.FamilyName = family
        top.FullName = full


def make(source, unicodes, family, style, target, font_number=0, hinting=True):
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = hinting
    options.font_number = font_number
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    rename(font, family, style)
    subset.save_font(font, os.path.join(OUT, target), options)
    print(target, os.path.getsize(os.path.join(OUT, target)), "bytes")


def ranges(text):
    cps = []
    for part in text.split(","):
        first, _, last = part.replace("U+", "").partition("-")
        cps.extend(range(int(first, 16), int(last or first, 16) + 1))
    return cps


def main():
    os.makedirs(OUT, exist_ok=True)
    for style in ("Regular", "Bold"):
        make(f"{NOTO}/NotoSans-{style}.ttf", ranges(LATIN), "Stallcast Card Sans", style,
             f"StallcastCardSans-{style}.ttf")
        make(f"{NOTO}/NotoSansThai-{style}.ttf", ranges(THAI), "Stallcast Card Thai", style,
             f"StallcastCardThai-{style}.ttf")
    # One weight only: Qt emboldens it for bold text. Face 2 of the collection is the
    # simplified-Chinese one (its Hangul is the same as the Korean face's).
    make(CJK, cjk_unicodes(), "Stallcast Card CJK", "Regular", "StallcastCardCJK-Regular.otf",
         font_number=2, hinting=False)


if __name__ == "__main__":
    sys.exit(main())
