extension Templates {
    /// Hours and amounts for a period, grouped, with totals per currency.
    static let summary = """
        <section class="card wide" aria-labelledby="summary-heading">
          <h1 id="summary-heading">Summary</h1>
          <form method="get" action="/summary" class="filters" aria-label="Period and grouping">
            <div class="field"><label for="period">Period</label>
              <select id="period" name="period">{{#periods}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/periods}}</select></div>
            <div class="field"><label for="from">From</label><input id="from" name="from" type="date" value="{{from}}"></div>
            <div class="field"><label for="to">To</label><input id="to" name="to" type="date" value="{{to}}"></div>
            <div class="field"><label for="by">Group by</label>
              <select id="by" name="by">{{#groupings}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/groupings}}</select></div>
            <button type="submit">Show</button>
          </form>
          {{#filterError}}<p class="error" role="alert">{{filterError}}</p>{{/filterError}}
          <p>{{periodLabel}} ({{zone}})</p>
          {{#hasLines}}
          <table>
            <thead><tr><th scope="col">Client</th>{{#second}}<th scope="col">{{second}}</th>{{/second}}<th scope="col" class="num">Raw</th><th scope="col" class="num">Billable</th>{{#showsMoney}}<th scope="col" class="num">Amount</th>{{/showsMoney}}</tr></thead>
            <tbody>{{#lines}}<tr><td>{{client}}</td>{{#hasSecond}}<td>{{detail}}</td>{{/hasSecond}}<td class="num">{{raw}}</td><td class="num">{{billable}}</td>{{#showsMoney}}<td class="num">{{amount}}</td>{{/showsMoney}}</tr>{{/lines}}</tbody>
            <tfoot>{{#totals}}<tr><th scope="row">Total {{currency}}</th>{{#hasSecond}}<td></td>{{/hasSecond}}<td class="num">{{raw}}</td><td class="num">{{billable}}</td>{{#showsMoney}}<td class="num"><strong>{{amount}}</strong></td>{{/showsMoney}}</tr>{{/totals}}</tfoot>
          </table>
          {{#inBase}}{{#rates}}<p class="base-total">In the base currency: <strong>{{amount}}</strong> at {{rates}}.</p>{{/rates}}{{#gap}}<p class="error">{{gap}}{{#needsRate}} Add a rate on the <a href="/rates">Exchange rates</a> page.{{/needsRate}}</p>{{/gap}}{{/inBase}}
          <p class="quiet">Raw: all tracked time. Billable: billable time rounded per client rule; raw time is never changed.{{#showsMoney}} Amounts in each client's currency.{{/showsMoney}}</p>
          {{/hasLines}}
          {{^hasLines}}<p class="quiet">No finished entries in this period.</p>{{/hasLines}}
        </section>
        """
}
