extension Templates {
    /// The workspace's exchange rates into its base currency (owners): the table, a rate entered by
    /// hand, and rates pasted as CSV.
    static let exchangeRates = """
        <h1>Exchange rates</h1>
        <p class="quiet">What one unit of each client's currency is worth in {{base}} on a day. Summaries and the dashboard add every currency into {{base}} at the latest rate on or before the period's last day, and say which rate they used; a currency without one is left out and named.</p>
        <div class="grid">
        <section class="card" aria-labelledby="rates-heading">
          <h2 id="rates-heading">Rates</h2>
          {{#hasRates}}
          <table>
            <thead><tr><th scope="col">Currency</th><th scope="col">Date</th><th scope="col" class="num">In {{base}}</th><th scope="col">Source</th></tr></thead>
            <tbody>{{#rates}}<tr><td>{{currency}}</td><td>{{date}}</td><td class="num">{{rate}}</td><td>{{source}}</td></tr>{{/rates}}</tbody>
          </table>
          {{/hasRates}}
          {{^hasRates}}<p class="quiet">No rates yet.</p>{{/hasRates}}
        </section>
        <section class="card" aria-labelledby="add-rate-heading">
          <h2 id="add-rate-heading">Add a rate</h2>
          {{#add.formError}}<p class="error" role="alert">{{add.formError}}</p>{{/add.formError}}
          <form method="post" action="/rates">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            {{#add.fields}}{{> field}}{{/add.fields}}
            <button type="submit">Add rate</button>
          </form>
          <h2 id="paste-heading">Paste rates</h2>
          {{#pasteError}}<p class="error" role="alert">{{pasteError}}</p>{{/pasteError}}
          <form method="post" action="/rates/import">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div class="field">
              <label for="rates-csv">CSV with date, currency and rate columns</label>
              <textarea id="rates-csv" name="csv" rows="6" aria-describedby="rates-csv-hint">{{csv}}</textarea>
              <small id="rates-csv-hint">e.g. a header line date,currency,rate then 2026-11-30,AUD,0.6512; all rows or none.</small>
            </div>
            <button type="submit">Import rates</button>
          </form>
        </section>
        </div>
        """
}
