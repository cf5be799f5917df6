#!/usr/bin/python3
"""Makes src/main/resources/fonts/NotoSansCJKsc-Subset-Regular.ttf from Debian's fonts-noto-cjk.

Takes the Simplified Chinese face of NotoSansCJK-Regular.ttc, keeps the characters of GB 2312 and Big5 (the
everyday Simplified and Traditional Chinese characters, so most Chinese names), Japanese kana and CJK punctuation,
and turns its CFF (cubic) outlines into TrueType (quadratic) ones, because PDFBox embeds TrueType outlines only.
Needs Debian's python3-fonttools. Usage: make-cjk-subset.py NotoSansCJK-Regular.ttc OUT.ttf
"""
import sys

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable


def wanted_characters():
    chars = set()
    for codec in ("gb2312", "big5"):
        for lead in range(0x81, 0xFF):
            for trail in range(0x40, 0xFF):
                try:
                    chars.update(ord(c) for c in bytes([lead, trail]).decode(codec))
                except UnicodeDecodeError:
                    pass
    chars.update(range(0x20, 0x7F))            # ASCII, for punctuation and digits beside Chinese
    chars.update(range(0x3000, 0x3100))        # CJK punctuation, hiragana, katakana
    chars.update(range(0xFF00, 0xFFF0))        # full-width forms
    chars.update(range(0x31F0, 0x3200))        # katakana phonetic extensions
    return chars


def simplified_chinese_face(collection_path):
    for font in TTCollection(collection_path).fonts:
        if font["name"].getDebugName(4) == "Noto Sans CJK SC":
            return font
    raise SystemExit("no Noto Sans CJK SC face in " + collection_path)


def cff_to_truetype(font):
    glyph_set = font.getGlyphSet()
    order = font.getGlyphOrder()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyphs[name] = pen.glyph()
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0  # glyph names kept: PDFBox warns on every load of a font without them
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.sfntVersion = "\0\1\0\0"


def main(source, target):
    font = simplified_chinese_face(source)
    options = subset.Options()
    options.layout_features = []
    options.hinting = False
    options.notdef_outline = True
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted_characters())
    subsetter.subset(font)
    for table in ("GSUB", "GPOS", "BASE", "vhea", "vmtx"):
        if table in font:
            del font[table]
    font["cmap"].tables = [t for t in font["cmap"].tables if t.format != 14]  # variation sequences: unused
    cff_to_truetype(font)
    font.save(target)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
