/// The HTML report's style sheet: the one piece of text the page writes unescaped, so it is a constant here and
/// nothing from an annotation file can reach it.
public enum ReportStyle {
    /// The CSS: a newspaper-like column on a laptop, one card per article, single column on a phone.
    public static let css = """
        :root{--ink:#1f2328;--muted:#5f6670;--paper:#f5f3ee;--card:#fff;--line:#e3dfd6;\
        --verified:#2f7d4f;--sourced:#2f63a8;--disputed:#c0392b;--unreviewed:#c9c4b8;--warn:#a25d00}
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;background:var(--paper);color:var(--ink);font:16px/1.5 -apple-system,"Segoe UI",Roboto,"Noto Sans",\
        "Helvetica Neue",Arial,sans-serif}
        .page{display:flex;flex-direction:column;max-width:60rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
        .masthead{order:-2;border-bottom:3px double var(--ink);margin-bottom:1.25rem;padding-bottom:.5rem}
        .kicker{margin:0;font-size:.75rem;letter-spacing:.12em;text-transform:uppercase;color:var(--muted)}
        h1{margin:.1rem 0;font:700 2.1rem/1.15 Georgia,"Times New Roman",serif}
        .generated{margin:0;color:var(--muted);font-size:.9rem}
        .overview{order:-1;background:var(--card);border:1px solid var(--line);border-radius:12px;padding:1.1rem 1.25rem;\
        margin-bottom:1.5rem}
        .overview h2,.card h2{margin:0 0 .75rem;font:700 1.25rem/1.25 Georgia,"Times New Roman",serif}
        .tiles{display:grid;grid-template-columns:repeat(4,1fr);gap:.75rem}
        .tile{border-left:4px solid var(--ink);padding:.15rem .75rem}
        .tile.bad{border-color:var(--disputed)}.tile.warn{border-color:var(--warn)}
        .figure{margin:0;font:700 1.9rem/1.1 Georgia,"Times New Roman",serif}
        .tile.bad .figure{color:var(--disputed)}.tile.warn .figure{color:var(--warn)}
        .label{margin:0;font-weight:600}
        .tile-detail{margin:0;color:var(--muted);font-size:.85rem}
        .chart{margin-top:1rem}
        .verdict-chart{width:100%;max-width:26rem;height:auto;display:block}
        .chart-label,.chart-count{font-size:13px;fill:var(--ink)}
        .chart-count{fill:var(--muted)}
        .track{fill:#ece8df}
        .seg.verified{fill:var(--verified)}.seg.sourced{fill:var(--sourced)}.seg.disputed{fill:var(--disputed)}\
        .seg.unreviewed{fill:var(--unreviewed)}
        .skipped{color:var(--disputed);font-weight:600}
        .card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:1rem 1.25rem;margin-bottom:1rem}
        .card.flagged{border-left:5px solid var(--warn)}
        .card h2{margin-bottom:.1rem;overflow-wrap:anywhere}
        .file{margin:0;color:var(--muted);font-size:.85rem;overflow-wrap:anywhere}
        .progress{margin:.7rem 0 .4rem}
        .bar{display:block;width:100%;height:10px;border-radius:5px;overflow:hidden}
        .progress-label{margin:.3rem 0 0;font-size:.9rem}
        .verdicts{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem;margin:.4rem 0 0;padding:0}
        .verdicts li{font-size:.85rem;padding:.1rem .6rem;border-radius:999px;background:#f1efe9}
        .verdicts li::before{content:"";display:inline-block;width:.6rem;height:.6rem;border-radius:50%;margin-right:.35rem;\
        vertical-align:baseline}
        .verdicts .verified::before{background:var(--verified)}.verdicts .sourced::before{background:var(--sourced)}
        .verdicts .disputed::before{background:var(--disputed)}.verdicts .unreviewed::before{background:var(--unreviewed)}
        .verdicts .none{color:var(--muted)}
        .card h3{margin:1.1rem 0 .5rem;font-size:.8rem;letter-spacing:.08em;text-transform:uppercase;color:var(--muted)}
        .attention ul{margin:0;padding:0;list-style:none}
        .attention li{padding:.45rem 0;border-top:1px solid var(--line)}
        .tag{display:inline-block;font-size:.72rem;font-weight:700;letter-spacing:.04em;text-transform:uppercase;\
        padding:.05rem .45rem;border-radius:4px;color:#fff;background:var(--warn)}
        .tag.conflict{background:#7a3e9d}.tag.orphan{background:#6b6f76}
        .detail{color:var(--muted);font-size:.9rem;white-space:pre-wrap;overflow-wrap:anywhere}
        .side-label{font-weight:700;color:var(--ink)}
        .claim{border-top:1px solid var(--line);padding:.6rem 0}
        blockquote{margin:0;padding:.1rem 0 .1rem .8rem;border-left:4px solid var(--disputed);font-family:Georgia,\
        "Times New Roman",serif;font-size:1.02rem;white-space:pre-wrap;overflow-wrap:anywhere}
        .n{font-family:-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-weight:700;color:var(--disputed);font-size:.85rem}
        .note{margin:.45rem 0 0;white-space:pre-wrap;overflow-wrap:anywhere}
        .sources{margin:.35rem 0 0;padding-left:1.1rem;font-size:.9rem;overflow-wrap:anywhere}
        .sources a{color:var(--sourced)}
        .byline{margin:.35rem 0 0;color:var(--muted);font-size:.82rem}
        .update{border:1px solid #ecd9b8;background:#fffaf1;border-radius:8px;padding:.6rem .8rem;margin-bottom:.5rem}
        .update.flagged{border-color:#7a3e9d}
        .update-head{margin:0;display:flex;flex-wrap:wrap;gap:.5rem;align-items:baseline}
        .marker{font-weight:800;letter-spacing:.03em}
        .relation{font-size:.75rem;font-weight:700;text-transform:uppercase;color:var(--warn)}
        .issuer{color:var(--muted);font-size:.9rem}
        .update-text{margin:.35rem 0;white-space:pre-wrap;overflow-wrap:anywhere}
        .amends{margin:0;padding-left:1.1rem;font-size:.9rem}
        .link{font-size:.75rem;padding:0 .35rem;border-radius:4px;background:#ece8df}
        .link.confirmed{background:#dcefe3;color:var(--verified)}
        .colophon{order:1;color:var(--muted);font-size:.8rem;margin-top:1rem}
        @media (max-width:640px){.page{padding:1rem .75rem 2rem}h1{font-size:1.6rem}\
        .tiles{grid-template-columns:repeat(2,1fr)}.card,.overview{padding:.85rem .9rem;border-radius:10px}\
        .figure{font-size:1.55rem}}
        @media print{body{background:#fff}.card,.overview{break-inside:avoid;border-color:#bbb}}
        """
}
