namespace TrackerAudit.Reports.Html;

/// <summary>The report's stylesheet: system fonts, severity colours, a CSS-only lightbox and a print layout.</summary>
internal static class ReportStyles
{
    public const string Css = """
        :root {
          --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --paper: #ffffff; --wash: #f4f6f9;
          --critical: #7f1020; --high: #c2410c; --medium: #a16207; --low: #475569;
          --critical-bg: #fde8ea; --high-bg: #ffedd5; --medium-bg: #fef9c3; --low-bg: #eef2f6;
          --leak: #fff3b0;
        }
        * { box-sizing: border-box; }
        [hidden] { display: none !important; }
        html { background: var(--wash); }
        body {
          margin: 0 auto; max-width: 88rem; padding: 1.5rem 2rem 4rem; background: var(--paper); color: var(--ink);
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
          overflow-wrap: anywhere;
        }
        h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.35rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
        h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
        h4 { font-size: 1rem; margin: 1rem 0 .4rem; }
        a { color: #1d4ed8; }
        code, pre, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .85em; }
        .muted { color: var(--muted); }
        .lede { font-size: 1.05rem; color: var(--muted); margin: 0 0 1rem; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0; }
        dl.facts dt { font-weight: 600; color: var(--muted); }
        dl.facts dd { margin: 0; }
        ul.plain { list-style: none; margin: 0; padding: 0; }
        .alarm {
          border: 3px solid var(--critical); background: var(--critical-bg); color: var(--critical);
          padding: .75rem 1rem; margin: 1rem 0; font-weight: 700; font-size: 1.05rem; border-radius: 6px;
        }
        .verdict { list-style: none; padding: 0; margin: 0; }
        .verdict > li { border-left: 5px solid var(--ink); background: var(--wash); padding: .6rem 1rem; margin: .6rem 0; border-radius: 0 6px 6px 0; }
        .verdict .journey-name { font-weight: 700; }
        .verdict ul { margin: .3rem 0 0; padding-left: 1.2rem; }
        .verdict .line { font-size: 1.1rem; font-weight: 600; }
        .badge {
          display: inline-block; padding: .05rem .5rem; border-radius: 999px; font-size: .78rem; font-weight: 700;
          text-transform: uppercase; letter-spacing: .03em; white-space: nowrap; border: 1px solid currentColor;
        }
        .sev-critical { color: var(--critical); background: var(--critical-bg); }
        .sev-high { color: var(--high); background: var(--high-bg); }
        .sev-medium { color: var(--medium); background: var(--medium-bg); }
        .sev-low { color: var(--low); background: var(--low-bg); }
        .status-passed, .status-completed { color: #166534; background: #dcfce7; }
        .status-failed, .status-interrupted { color: var(--critical); background: var(--critical-bg); }
        .status-skipped { color: var(--muted); background: var(--wash); }
        .filters {
          position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center;
          background: #eef2ff; border: 1px solid #c7d2fe; border-radius: 6px; padding: .5rem 1rem; margin: 1.5rem 0 0;
        }
        .filters label { font-weight: 600; }
        .filters select { font: inherit; margin-left: .35rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
        table.compare tr.refused td { background: var(--critical-bg); }
        table.compare tr.sometimes td:first-child { color: var(--high); }
        table.compare ul.events { margin: .2rem 0 0; padding-left: 1.1rem; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
        th { background: var(--wash); font-size: .85rem; color: var(--muted); }
        table.findings { table-layout: fixed; }
        table.findings td { font-size: .88rem; }
        table.findings col.severity { width: 7.5%; } table.findings col.category { width: 8.5%; } table.findings col.step { width: 10%; }
        table.findings col.page { width: 12%; } table.findings col.recipient { width: 10%; } table.findings col.parameter { width: 13%; }
        table.findings .badge { font-size: .7rem; padding: .05rem .35rem; }
        @media (max-width: 50rem) { table.findings { table-layout: auto; } }
        table.findings tr.sev-critical, table.findings tr.sev-high, table.findings tr.sev-medium, table.findings tr.sev-low { background: none; color: inherit; }
        table.findings tr.sev-critical td:first-child { border-left: 4px solid var(--critical); }
        table.findings tr.sev-high td:first-child { border-left: 4px solid var(--high); }
        table.findings tr.sev-medium td:first-child { border-left: 4px solid var(--medium); }
        table.findings tr.sev-low td:first-child { border-left: 4px solid var(--low); }
        ol.timeline { list-style: none; padding: 0; margin: 0; }
        li.step { border-left: 3px solid var(--line); padding: .25rem 0 1rem 1.25rem; margin-left: .5rem; position: relative; }
        li.step::before {
          content: ""; position: absolute; left: -.5rem; top: .7rem; width: .75rem; height: .75rem; border-radius: 50%;
          background: var(--paper); border: 3px solid var(--ink);
        }
        li.step.failed { border-left-color: var(--critical); }
        li.step.failed::before { border-color: var(--critical); }
        .step-head { display: flex; flex-wrap: wrap; gap: .3rem .75rem; align-items: baseline; }
        .step-head .index { font-weight: 700; color: var(--muted); }
        .step-head .name { font-weight: 700; font-size: 1.05rem; }
        .page { color: var(--muted); font-size: .9rem; margin: .15rem 0; }
        .shots { display: flex; flex-wrap: wrap; gap: .75rem; margin: .5rem 0; }
        .shot { margin: 0; }
        .shot figcaption { font-size: .75rem; color: var(--muted); }
        .shot img { display: block; width: 14rem; max-height: 10rem; object-fit: cover; object-position: top; border: 1px solid var(--line); border-radius: 4px; }
        .shot .close { display: none; }
        .shot:target {
          position: fixed; inset: 0; z-index: 20; background: rgba(15, 20, 30, .88); padding: 2rem;
          display: flex; flex-direction: column; align-items: center; overflow: auto;
        }
        .shot:target img { width: auto; max-width: 100%; max-height: none; object-fit: contain; border: 0; }
        .shot:target figcaption { color: #fff; font-size: .9rem; }
        .shot:target .close { display: block; position: fixed; top: .75rem; right: 1.25rem; color: #fff; font-size: 1.1rem; font-weight: 700; }
        .request { border: 1px solid var(--line); border-radius: 6px; margin: .6rem 0; padding: .5rem .75rem; background: var(--paper); }
        .request-head { display: flex; flex-wrap: wrap; gap: .25rem .75rem; align-items: baseline; }
        .request-head .tracker { font-weight: 700; }
        .event { margin-top: .5rem; }
        .event-head { font-weight: 600; }
        ul.statements { margin: .35rem 0; padding-left: 0; list-style: none; }
        ul.statements li { margin: .25rem 0; padding-left: .5rem; border-left: 4px solid var(--line); }
        ul.statements li.sev-critical { border-left-color: var(--critical); background: var(--critical-bg); color: inherit; }
        ul.statements li.sev-high { border-left-color: var(--high); background: var(--high-bg); color: inherit; }
        ul.statements li.sev-medium { border-left-color: var(--medium); background: var(--medium-bg); color: inherit; }
        ul.statements li.sev-low { border-left-color: var(--low); background: var(--low-bg); color: inherit; }
        table.fields td { font-size: .85rem; }
        table.fields td.path { white-space: nowrap; }
        table.fields tr.leak td { background: var(--leak); }
        table.fields tr.leak td.value { font-weight: 700; }
        .note { display: block; color: var(--muted); font-style: italic; font-weight: 400; }
        details { margin: .35rem 0; }
        summary { cursor: pointer; color: var(--muted); font-weight: 600; }
        pre { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--wash); border: 1px solid var(--line); border-radius: 4px; padding: .5rem; margin: .35rem 0; }
        pre.body { max-height: 20rem; overflow: auto; }
        .warnings { color: var(--high); }
        td.evidence { white-space: pre-line; font-size: .85rem; }
        footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .75rem; }
        @media print {
          html { background: none; }
          body { max-width: none; padding: 0; font-size: 10pt; }
          .filters, .shot .close { display: none !important; }
          th { position: static; }
          h2 { break-after: avoid; }
          tr { break-inside: avoid-page; }
          pre.body { max-height: none; overflow: visible; }
          .shot img, .shot:target img { width: 10rem; max-height: 8rem; object-fit: cover; border: 1px solid var(--line); }
          .shot:target { position: static; display: block; background: none; padding: 0; overflow: visible; }
          .shot:target figcaption { color: var(--muted); font-size: .75rem; }
          table.findings td { font-size: 8pt; }
          table.findings th { font-size: 7.5pt; }
          table.findings col.category { width: 10%; } table.findings col.severity { width: 8.5%; }
          a { color: inherit; text-decoration: none; }
          .badge, .alarm, ul.statements li, table.fields tr.leak td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """;
}
