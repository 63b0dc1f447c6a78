/// The hand-written stylesheet and the one small script (live elapsed time), served from the binary.
enum Assets {
    static let stylesheet = """
        :root { --ink: #1f2933; --muted: #616e7c; --line: #d9e2ec; --paper: #f7f9fb; --card: #fff;
          --accent: #2f6f6a; --accent-ink: #fff; --danger: #b42318; --notice: #e6f4f1; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
          color: var(--ink); background: var(--paper); }
        a { color: var(--accent); }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 1rem; background: var(--card); padding: .5rem; }
        .top { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; padding: .75rem 1.25rem;
          background: var(--card); border-bottom: 1px solid var(--line); }
        .brand { font-weight: 700; text-decoration: none; color: var(--ink); letter-spacing: .02em; }
        nav { display: flex; gap: 1rem; flex: 1; }
        nav a { text-decoration: none; padding: .25rem 0; }
        nav a[aria-current] { border-bottom: 2px solid var(--accent); color: var(--ink); }
        .signout { display: flex; gap: .5rem; align-items: center; margin: 0; }
        .who { color: var(--muted); }
        main { max-width: 72rem; margin: 0 auto; padding: 1.25rem; }
        .grid { display: grid; gap: 1.25rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); }
        .card { background: var(--card); border: 1px solid var(--line); border-radius: .5rem; padding: 1.25rem;
          margin-bottom: 1.25rem; }
        .grid .card { margin-bottom: 0; }
        .card.wide { grid-column: 1 / -1; }
        .card { overflow-x: auto; }
        .card.narrow { max-width: 28rem; margin: 2rem auto; }
        h1 { font-size: 1.4rem; margin: 0 0 1rem; }
        h2 { font-size: 1.15rem; margin: 0 0 1rem; }
        .field { margin-bottom: .9rem; }
        label { display: block; font-weight: 600; margin-bottom: .25rem; }
        input { width: 100%; padding: .55rem .65rem; border: 1px solid var(--line); border-radius: .35rem;
          font: inherit; background: #fff; }
        select { width: 100%; padding: .5rem; border: 1px solid var(--line); border-radius: .35rem; font: inherit; }
        fieldset { border: 1px solid var(--line); border-radius: .35rem; margin: 0 0 .9rem; padding: .5rem .75rem; }
        legend { font-weight: 600; padding: 0 .25rem; }
        label.check { display: inline-flex; gap: .35rem; align-items: center; font-weight: 400; margin-right: 1rem; }
        label.check input { width: auto; }
        input:focus, select:focus, button:focus, a:focus { outline: 3px solid #9fd3cc; outline-offset: 1px; }
        .invalid input { border-color: var(--danger); }
        small { color: var(--muted); }
        .error { color: var(--danger); margin: .35rem 0 0; }
        button { font: inherit; padding: .55rem 1.1rem; border: 0; border-radius: .35rem; cursor: pointer;
          background: var(--accent); color: var(--accent-ink); }
        button.stop, button.danger { background: var(--danger); }
        form.inline { display: inline; margin-left: .5rem; }
        tr.overdue td { color: var(--danger); }
        button.link { background: none; color: var(--accent); padding: 0; text-decoration: underline; }
        .notice { background: var(--notice); border-radius: .35rem; padding: .6rem .9rem; }
        .quiet { color: var(--muted); }
        table { width: 100%; border-collapse: collapse; }
        th, td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { font-size: .85rem; color: var(--muted); font-weight: 600; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .running { font-size: 1.05rem; margin: 0 0 .25rem; }
        .dot { display: inline-block; width: .6rem; height: .6rem; border-radius: 50%; background: var(--danger);
          margin-right: .4rem; }
        .elapsed time { font-size: 2.2rem; font-variant-numeric: tabular-nums; margin-right: .5rem; }
        .clocks { list-style: none; padding: 0; margin: 0; }
        .clocks li { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; padding: .35rem 0;
          border-bottom: 1px solid var(--line); }
        .clocks li span { flex: 1; }
        .clocks li small { flex-basis: 100%; }
        .clocks time { font-variant-numeric: tabular-nums; font-weight: 600; }
        .clocks em { font-style: normal; font-size: .85rem; padding: 0 .4rem; border-radius: .6rem; }
        .clocks em.open { background: #e3f4e8; color: #1d6b35; }
        .clocks em.closed { background: #eef0f3; color: #4a5260; }
        .filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; margin-bottom: .5rem; }
        .filters .field { margin: 0; min-width: 9rem; }
        .actions { white-space: nowrap; }
        .actions form { display: inline; margin-left: .5rem; }
        .search { display: flex; gap: .5rem; align-items: end; margin-bottom: 1rem; }
        .search label { position: absolute; left: -999px; }
        .secret code { display: block; padding: .6rem; background: var(--paper); word-break: break-all; }
        .visually-hidden { position: absolute; left: -999px; }
        .week { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(7, minmax(0, 1fr)); gap: .5rem; }
        .week > li { min-width: 0; }
        .week h2 { font-size: .95rem; margin: 0 0 .25rem; }
        .week ul { list-style: none; padding: 0; margin: 0; }
        .week ul li { padding: .3rem .4rem; margin-bottom: .3rem; border-radius: .4rem; background: #eef3fb; font-size: .9rem; }
        .week ul li.block { background: #f3efe6; }
        .week time { font-variant-numeric: tabular-nums; font-weight: 600; display: block; }
        .week em.moved { font-style: normal; color: #8a4b00; }
        @media (max-width: 48rem) { .week { grid-template-columns: 1fr; } }
        @media (max-width: 40rem) {
          main { padding: .75rem; }
          .card { padding: 1rem; }
          th:nth-child(4), td:nth-child(4) { display: none; }
        }
        @media print { .top, form { display: none; } }
        """

    /// Counts up every `time[data-elapsed-seconds]` once a second from the elapsed time the server
    /// rendered (so a wrong clock in the browser does not matter); the page works without it.
    static let script = """
        (function () {
          var loaded = Date.now();
          function pad(n) { return n < 10 ? "0" + n : "" + n; }
          function tick() {
            document.querySelectorAll("time[data-elapsed-seconds]").forEach(function (el) {
              var base = parseInt(el.getAttribute("data-elapsed-seconds"), 10);
              if (isNaN(base)) return;
              var s = base + Math.floor((Date.now() - loaded) / 1000);
              el.textContent = Math.floor(s / 3600) + ":" + pad(Math.floor(s / 60) % 60) + ":" + pad(s % 60);
            });
          }
          tick();
          setInterval(tick, 1000);
        })();
        """
}
