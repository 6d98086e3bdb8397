"""Customer text can never run in the report: a report built from data full of markup is inert.

The page is parsed (not grepped): no element that runs script, no event-handler attribute, no
link or load that leaves the page, a Content-Security-Policy forbidding scripts and remote loads,
and every piece of hostile text still shown to the reader as text.
"""

from __future__ import annotations

from html.parser import HTMLParser

import nbformat
import pandas as pd
import pytest

from sentiment_kit.report import build as report_mod
from sentiment_kit._core.escape import CONTENT_SECURITY_POLICY, live_markup
from sentiment_kit.report import UnsafeReportError, build_report, narrate, show_table

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "[click](javascript:alert(3))",
    "![p](http://evil.example/p.png)",
    "$$x^2$$",
    "$5-$10",
    '<a href="javascript:alert(4)">x</a>',
    "<iframe src='https://evil.example'></iframe>",
    "**bold** _it_ `code`",
    "<svg onload=alert(6)>",
    "<style>@import url(https://evil.example/x.css)</style>",
]


class _Page(HTMLParser):
    """Every start tag with its attributes, and the text a reader sees."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data):
        self.text.append(data)


def _hostile_data(sample_dir, out):
    def tag(values, every=1):
        return [v if i % every or pd.isna(v) else f"{v} {PAYLOADS[i % len(PAYLOADS)]}" for i, v in enumerate(values)]

    c = pd.read_csv(sample_dir / "complaints.csv")
    c["text"] = tag(c["text"])
    c["product"] = tag(c["product"], every=3)
    c.to_csv(out / "complaints.csv", index=False)
    r = pd.read_csv(sample_dir / "reviews.csv")
    r["text"] = tag(r["text"])
    r["location"] = r["location"].map({loc: f"{loc} {PAYLOADS[i]}" for i, loc in enumerate(r["location"].unique())})
    r.to_csv(out / "reviews.csv", index=False)
    cu = pd.read_csv(sample_dir / "customers.csv")
    cu["exit_reason"] = tag(cu["exit_reason"])
    cu["plan"] = cu["plan"] + " " + PAYLOADS[0]
    cu.to_csv(out / "customers.csv", index=False)
    s = pd.read_csv(sample_dir / "survey.csv")
    s["wave"] = s["wave"].map({2024: "<b>2024</b> $$", 2025: "<img src=x onerror=alert(9)>2025"})
    s = s.rename(columns={f"{p}_price": f"{p}_price<script>alert(7)</script>" for p in ("perf", "imp", "comp")})
    s["segment"] = s["segment"] + PAYLOADS[1]
    s.to_csv(out / "survey.csv", index=False)
    (out / "sentiment_kit.toml").write_text((sample_dir / "sentiment_kit.toml").read_text())


@pytest.fixture(scope="module")
def hostile_report(tmp_path_factory, sample_data_dir):
    data = tmp_path_factory.mktemp("hostile")
    _hostile_data(sample_data_dir, data)
    path = build_report(data, tmp_path_factory.mktemp("out") / "report", progress=False)
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


@pytest.mark.slow
def test_no_element_or_attribute_can_run_script(hostile_report):
    tags = hostile_report.tags
    assert not [t for t, _ in tags if t in {"script", "iframe", "object", "embed", "frame", "base", "form"}]
    assert not [(t, a) for t, attrs in tags for a in attrs if a.lower().startswith("on")]
    assert not [(t, a) for t, attrs in tags for a, v in attrs.items() if "javascript:" in v.lower()]


@pytest.mark.slow
def test_nothing_is_loaded_from_outside_the_page(hostile_report):
    srcs = [attrs["src"] for _, attrs in hostile_report.tags if "src" in attrs]
    hrefs = [attrs["href"] for t, attrs in hostile_report.tags if "href" in attrs]
    assert srcs and all(s.startswith("data:image/") for s in srcs)
    assert all(h.startswith("#") for h in hrefs)
    csp = [attrs.get("content") for t, attrs in hostile_report.tags
           if t == "meta" and attrs.get("http-equiv", "").lower() == "content-security-policy"]
    assert csp == [CONTENT_SECURITY_POLICY]
    assert "default-src 'none'" in csp[0] and "script" not in csp[0]


@pytest.mark.slow
@pytest.mark.parametrize("payload", [p for p in PAYLOADS if "<style>" not in p] +
                         ["<b>2024</b> $$", "<img src=x onerror=alert(9)>2025", "price<script>alert(7)</script>"])
def test_hostile_text_is_shown_as_text(hostile_report, payload):
    assert payload in "".join(hostile_report.text)


def test_guard_flags_every_kind_of_live_markup():
    assert live_markup("<p>&lt;script&gt;</p><img src='data:image/png;base64,AA'><a href='#x'>x</a>") == []
    cases = ["<script>1</script>", "<img src=x>", "<img src=data:image/png onerror=f()>",
             "<a href=' javascript:f()'>x</a>", "<a href='https://host/'>x</a>", "<iframe></iframe>",
             "<link rel=stylesheet href='https://host/x.css'>", "<div style='background:url(https://h/p.png)'>",
             "<style>@import 'x.css';</style>", "<meta http-equiv=refresh content='0;url=https://h'>",
             "<svg><a xlink:href='javascript:f()'>x</a></svg>", "<form action='https://h'></form>"]
    for case in cases:
        assert live_markup(case), case
    assert live_markup("<p>hi</p>", require_csp=True) == [
        "no Content-Security-Policy forbidding scripts and remote loads"]


def test_narrate_and_tables_show_markup_as_text():
    shown = narrate("[x](javascript:alert(1)) ![p](http://h/p.png)", ("**Lead**", "<b>x</b>"), ["<i>a</i>"]).data
    assert live_markup(shown) == []
    assert "<b>x</b>" not in shown and "&lt;b&gt;x&lt;/b&gt;" in shown
    html = show_table(pd.DataFrame({"<th onclick=x>": ["<img src=x onerror=alert(1)>"]},
                                   index=["<script>i</script>"]), index=True).to_html()
    assert live_markup(html) == []


@pytest.mark.slow
def test_a_notebook_emitting_script_is_not_published(tmp_path, monkeypatch):
    nbs = tmp_path / "nbs"
    nbs.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.metadata["sentiment_kit"] = {"question": "q", "requires": []}
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    p = nbformat.v4.new_code_cell("data_dir = None")
    p.metadata["tags"] = ["parameters"]
    nb.cells = [p, nbformat.v4.new_code_cell("from IPython.display import HTML\nHTML('<img src=x onerror=alert(1)>')")]
    nbformat.write(nb, nbs / "00_leak.ipynb")
    monkeypatch.setattr(report_mod, "notebook_dir", lambda: nbs)
    out = tmp_path / "out"
    with pytest.raises(UnsafeReportError, match="onerror"):
        build_report(None, out, progress=False)
    assert not out.exists()
