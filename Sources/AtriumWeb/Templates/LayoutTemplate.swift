extension Templates {
    /// The one layout every page renders into: `body` is the page's own HTML.
    static let layout = """
        <!doctype html>
        <html lang="{{language}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · Atrium</title>
        <link rel="stylesheet" href="/static/atrium.css">
        <script src="/static/atrium.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="top">
          <a class="brand" href="/">Atrium</a>
          {{#signed}}
          <nav aria-label="Main">
            <a href="/"{{#nav.dashboard}} aria-current="page"{{/nav.dashboard}}>Dashboard</a>
            <a href="/time"{{#nav.time}} aria-current="page"{{/nav.time}}>Time</a>
            <a href="/clients"{{#nav.clients}} aria-current="page"{{/nav.clients}}>Clients</a>
            <a href="/summary"{{#nav.summary}} aria-current="page"{{/nav.summary}}>Summary</a>
            <a href="/schedule"{{#nav.schedule}} aria-current="page"{{/nav.schedule}}>Schedule</a>
            {{#isOwner}}<a href="/invoices"{{#nav.invoices}} aria-current="page"{{/nav.invoices}}>Invoices</a>{{/isOwner}}
            {{#isOwner}}<a href="/team"{{#nav.team}} aria-current="page"{{/nav.team}}>Team</a>{{/isOwner}}
            {{#isOwner}}<a href="/import"{{#nav.import}} aria-current="page"{{/nav.import}}>Import</a>{{/isOwner}}
            {{#isOwner}}<a href="/rates"{{#nav.rates}} aria-current="page"{{/nav.rates}}>Rates</a>{{/isOwner}}
            <a href="/settings"{{#nav.settings}} aria-current="page"{{/nav.settings}}>Settings</a>
          </nav>
          <form method="post" action="/logout" class="signout">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <span class="who">{{personName}}</span>
            <button type="submit" class="link">Sign out</button>
          </form>
          {{/signed}}
        </header>
        <main id="main">
        {{#notice}}<p class="notice" role="status">{{notice}}</p>{{/notice}}
        {{{body}}}
        </main>
        </body>
        </html>
        """

    /// A page for a refusal or failure that has no form to go back to.
    static let error = """
        <section class="card narrow">
          <h1>{{heading}}</h1>
          <p>{{detail}}</p>
          <p><a href="/">Back to the dashboard</a></p>
        </section>
        """
}

/// The Mustache sources of every page, compiled into the binary so `atrium` runs from anywhere.
enum Templates {}
