#!/usr/bin/env python3
"""Draws docs/scaling.svg from bench/scaling.sh's figures: four small charts, each a line per measure against the
work's size, both axes from zero so that a straight line through the origin means time grows in proportion.

    python3 bench/scaling_chart.py scaling.tsv pages.tsv docs/scaling.svg
"""
import csv
import sys
from xml.sax.saxutils import escape

W, H, PAD = 330, 230, 48
COLOURS = ["#005eb8", "#d5281b", "#007f3b", "#330072"]
PAGE_NAMES = {("caseload", "caseload"): "caseload", ("caseload", "patient"): "patient record",
              ("supervision", "caseload"): "supervision: team", ("supervision", "patient"): "supervision: practitioner"}
DASHES = ["", "6 3", "2 3", "8 3 2 3"]


def rows(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def nice(top):
    """The smallest round number (1, 2, 2.5 or 5 times a power of ten) a little above the highest value."""
    k = 1
    while True:
        for m in (1, 2, 2.5, 5):
            if top * 1.05 <= m * k:
                return m * k
        k *= 10


def panel(x0, y0, title, xlabel, ylabel, series):
    xmax = nice(max(x for _, pts in series for x, _ in pts))
    ymax = nice(max(y for _, pts in series for _, y in pts) * (1 + 0.1 * len(series)))  # room for the legend
    sx = lambda x: x0 + PAD + x / xmax * (W - PAD - 12)
    sy = lambda y: y0 + H - 34 - y / ymax * (H - 34 - 40)
    out = [f'<text x="{x0 + PAD}" y="{y0 + 20}" font-weight="bold">{escape(title)}</text>',
           f'<line x1="{sx(0)}" y1="{sy(0)}" x2="{sx(xmax)}" y2="{sy(0)}" stroke="#425563"/>',
           f'<line x1="{sx(0)}" y1="{sy(0)}" x2="{sx(0)}" y2="{sy(ymax)}" stroke="#425563"/>']
    for i in range(6):
        xv, yv = xmax * i / 5, ymax * i / 5
        out.append(f'<text x="{sx(xv)}" y="{sy(0) + 14}" text-anchor="middle" font-size="10">{fmt(xv)}</text>')
        out.append(f'<text x="{sx(0) - 4}" y="{sy(yv) + 3}" text-anchor="end" font-size="10">{fmt(yv)}</text>')
    out.append(f'<text x="{sx(xmax / 2)}" y="{y0 + H - 4}" text-anchor="middle" font-size="11">{escape(xlabel)}</text>')
    out.append(f'<text x="{x0 + 10}" y="{y0 + 32}" font-size="11">{escape(ylabel)}</text>')
    for i, (name, pts) in enumerate(series):
        colour, dash = COLOURS[i % 4], DASHES[i % 4]
        line = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in pts)
        out.append(f'<polyline points="{line}" fill="none" stroke="{colour}" stroke-width="2" stroke-dasharray="{dash}"/>')
        for x, y in pts:  # a labelled mark at each measurement, so colour is never the only signal
            out.append(f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3" fill="{colour}"/>')
        # a legend row per line, under the title, so that labels of lines that end close together never overlap
        ky = y0 + 34 + 12 * i
        kx = x0 + W - 12
        out.append(f'<line x1="{kx - 24}" y1="{ky - 4}" x2="{kx}" y2="{ky - 4}" stroke="{colour}" stroke-width="2" stroke-dasharray="{dash}"/>')
        out.append(f'<text x="{kx - 28}" y="{ky}" text-anchor="end" font-size="10" fill="{colour}">{escape(name)}</text>')
    return out


def fmt(v):
    if v >= 1_000_000:
        return f"{v / 1_000_000:g} M"
    if v >= 1000:
        return f"{v / 1000:g} k"
    return f"{v:g}"


def main(imports_tsv, pages_tsv, svg_path):
    imports = [r for r in rows(imports_tsv) if r["kind"] == "import"]
    pages = rows(pages_tsv)
    size = lambda r: int(r["size"])
    panels = [
        ("Import time (heap 1 GB; 2 GB at twice national)", "pathways", "seconds",
         [("Stepline import", [(size(r), float(r["seconds"])) for r in imports]),
          ("bare COPY", [(size(r), float(r["bare_copy_seconds"])) for r in imports])]),
        ("12-month summary by mode", "pathways", "milliseconds (median)",
         [("summary", [(size(r), float(r["summary_ms"])) for r in imports])]),
        ("Import's peak memory (JVM)", "pathways", "MiB resident",
         [("peak resident", [(size(r), float(r["peak_rss_mib"])) for r in imports])]),
    ]
    page_series = []
    for kind, page in sorted({(r["pages"], r["page"]) for r in pages if r["page"] != "all"}):
        pts = [(int(r["referrals"]), float(r["p95_ms"])) for r in pages if r["pages"] == kind and r["page"] == page]
        page_series.append((PAGE_NAMES.get((kind, page), f"{kind}: {page}"), sorted(pts)))
    panels.append(("Pages, 20 users: 95th percentile", "demo referrals", "milliseconds", page_series))

    desc = "; ".join(f"{title}: " + ", ".join(f"{name} " + " / ".join(f"{fmt(x)} → {y:g}" for x, y in pts)
                                               for name, pts in series) for title, _, _, series in panels)
    body = []
    for i, p in enumerate(panels):
        body += panel((i % 2) * W, (i // 2) * H, *p)
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {2 * W} {2 * H}" width="{2 * W}" height="{2 * H}" '
           f'role="img" aria-labelledby="t d" font-family="Arial, sans-serif" font-size="12">'
           f'<title id="t">How Stepline grows with the work</title><desc id="d">{escape(desc)}</desc>'
           f'<rect width="100%" height="100%" fill="#ffffff"/>' + "".join(body) + "</svg>\n")
    open(svg_path, "w").write(svg)


if __name__ == "__main__":
    main(*sys.argv[1:4])
