extension Templates {
    /// Invoices: the list, newest first, and the form that drafts one from a month's unbilled time.
    static let invoices = """
        <section class="card wide" aria-labelledby="invoices-heading">
          <h1 id="invoices-heading">Invoices</h1>
          <p><a href="/invoices"{{^overdue}} aria-current="page"{{/overdue}}>All</a> · <a href="/invoices?overdue=1"{{#overdue}} aria-current="page"{{/overdue}}>Overdue</a></p>
          {{#hasInvoices}}
          <table>
            <thead><tr><th scope="col">Invoice</th><th scope="col">Client</th><th scope="col">Status</th><th scope="col">Issued</th><th scope="col">Due</th><th scope="col" class="num">Total</th><th scope="col" class="num">Owed</th></tr></thead>
            <tbody>{{#invoices}}<tr{{#isOverdue}} class="overdue"{{/isOverdue}}><td><a href="{{path}}">{{reference}}</a></td><td>{{client}}</td><td>{{state}}</td><td>{{issued}}</td><td>{{due}}</td><td class="num">{{total}}</td><td class="num">{{owed}}</td></tr>{{/invoices}}</tbody>
          </table>
          {{/hasInvoices}}
          {{^hasInvoices}}<p class="quiet">{{#overdue}}Nothing is overdue.{{/overdue}}{{^overdue}}No invoices yet: draft one below.{{/overdue}}</p>{{/hasInvoices}}
        </section>
        <section class="card" aria-labelledby="draft-heading">
          <h2 id="draft-heading">Draft an invoice</h2>
          <p class="quiet">The client's unbilled billable time of the month becomes lines: one per project and rate, each entry rounded by the client's rule. A client on a retainer is billed its period: the fee and any overage.</p>
          <form method="post" action="/invoices">
            <input type="hidden" name="_csrf" value="{{form.csrf}}">
            {{#form.formError}}<p class="error" role="alert">{{form.formError}}</p>{{/form.formError}}
            <div class="field"><label for="client">Client</label>
              <select id="client" name="client" required>{{#clients}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/clients}}</select></div>
            {{#form.fields}}{{> field}}{{/form.fields}}
            <button type="submit">Draft</button>
          </form>
        </section>
        <section class="card" aria-labelledby="deposit-heading">
          <h2 id="deposit-heading">Ask for a deposit</h2>
          <p class="quiet">A deposit invoice of a share of an estimate. Once it is paid, the client's later invoice deducts it, tax included.</p>
          <form method="post" action="/invoices/deposits">
            <input type="hidden" name="_csrf" value="{{depositForm.csrf}}">
            {{#depositForm.formError}}<p class="error" role="alert">{{depositForm.formError}}</p>{{/depositForm.formError}}
            <div class="field"><label for="deposit-client">Client</label>
              <select id="deposit-client" name="client" required>{{#depositClients}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/depositClients}}</select></div>
            {{#depositForm.fields}}{{> field}}{{/depositForm.fields}}
            <button type="submit">Draft deposit invoice</button>
          </form>
        </section>
        """

    /// One invoice or credit note: what it bills, what was paid, and what can be done next.
    static let invoice = """
        <section class="card wide" aria-labelledby="invoice-heading">
          <p><a href="/invoices">← Invoices</a></p>
          <h1 id="invoice-heading">{{#isCreditNote}}Credit note {{/isCreditNote}}{{reference}} · {{client}}</h1>
          <p><strong{{#isOverdue}} class="error"{{/isOverdue}}>{{state}}</strong> · {{period}}{{#issued}} · issued {{issued}}{{/issued}}{{#due}}, due {{due}}{{/due}}{{#terms}} ({{terms}}){{/terms}}</p>
          {{#actionError}}<p class="error" role="alert">{{actionError}}</p>{{/actionError}}
          <p><a href="{{path}}/document" target="_blank" rel="noopener">Document to print or send</a></p>
          <table>
            <thead><tr><th scope="col">Line</th><th scope="col" class="num">Quantity</th><th scope="col" class="num">Price</th><th scope="col" class="num">Tax</th><th scope="col" class="num">Amount</th></tr></thead>
            <tbody>{{#lines}}<tr><td>{{description}}</td><td class="num">{{quantity}}</td><td class="num">{{price}}</td><td class="num">{{tax}}</td><td class="num">{{amount}}</td></tr>{{/lines}}</tbody>
            <tfoot>
              <tr><th scope="row" colspan="4">Net</th><td class="num">{{net}}</td></tr>
              <tr><th scope="row" colspan="4">Tax</th><td class="num">{{tax}}</td></tr>
              <tr><th scope="row" colspan="4">Total</th><td class="num"><strong>{{gross}}</strong></td></tr>
              {{#showBalance}}<tr><th scope="row" colspan="4">Paid</th><td class="num">{{paid}}</td></tr>
              <tr><th scope="row" colspan="4">Owed</th><td class="num"><strong>{{owed}}</strong></td></tr>{{/showBalance}}
            </tfoot>
          </table>
          <p class="quiet">Time lines: billable time (each entry rounded by the client's rule) × rate, rounded half up once.</p>
          {{#overpaid}}<p class="notice">Overpaid by {{overpaid}}: kept as {{client}}'s credit.</p>{{/overpaid}}
        </section>
        {{#hasPayments}}
        <section class="card" aria-labelledby="payments-heading">
          <h2 id="payments-heading">Payments</h2>
          <ul class="payments">{{#payments}}<li>{{#isReversal}}Reversed{{/isReversal}}{{^isReversal}}Paid{{/isReversal}} {{amount}} on {{date}}{{#details}} ({{details}}){{/details}}
            {{#canReverse}}<form method="post" action="{{path}}/reverse" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="payment" value="{{id}}"><button type="submit" class="link">Reverse</button></form>{{/canReverse}}</li>{{/payments}}</ul>
          <p class="quiet">A payment is never edited: a mistake is corrected by a reversing entry.</p>
        </section>
        {{/hasPayments}}
        {{#isDraft}}
        <section class="card" aria-labelledby="line-heading">
          <h2 id="line-heading">Add a line</h2>
          <form method="post" action="{{path}}/lines">
            <input type="hidden" name="_csrf" value="{{lineForm.csrf}}">
            {{#lineForm.formError}}<p class="error" role="alert">{{lineForm.formError}}</p>{{/lineForm.formError}}
            <div class="field"><label for="line-kind">Kind</label>
              <select id="line-kind" name="kind">{{#lineKinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/lineKinds}}</select></div>
            {{#lineForm.fields}}{{> field}}{{/lineForm.fields}}
            <button type="submit">Add line</button>
          </form>
        </section>
        {{#hasPrepayments}}
        <section class="card" aria-labelledby="deduct-heading">
          <h2 id="deduct-heading">Deduct money paid in advance</h2>
          <ul>{{#prepayments}}<li>{{available}} paid on {{reference}}{{#isDeposit}} (deposit){{/isDeposit}}
            <form method="post" action="{{path}}/deduct" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="source" value="{{reference}}"><button type="submit" class="link">Deduct</button></form></li>{{/prepayments}}</ul>
        </section>
        {{/hasPrepayments}}
        <section class="card" aria-labelledby="issue-heading">
          <h2 id="issue-heading">Issue</h2>
          <p class="quiet">Issuing gives the next number and locks the entries billed; the invoice is never changed afterwards (a credit note corrects it).</p>
          <form method="post" action="{{path}}/issue">
            <input type="hidden" name="_csrf" value="{{issueForm.csrf}}">
            {{#issueForm.formError}}<p class="error" role="alert">{{issueForm.formError}}</p>{{/issueForm.formError}}
            {{#issueForm.fields}}{{> field}}{{/issueForm.fields}}
            <button type="submit">Issue</button>
          </form>
        </section>
        <section class="card" aria-labelledby="discard-heading">
          <h2 id="discard-heading">Discard</h2>
          <p class="quiet">Deletes this draft; its entries can be billed again.</p>
          <form method="post" action="{{path}}/discard">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <button type="submit" class="danger">Discard {{reference}}</button>
          </form>
        </section>
        {{/isDraft}}
        {{#canPay}}
        <section class="card" aria-labelledby="pay-heading">
          <h2 id="pay-heading">Record a payment</h2>
          <form method="post" action="{{path}}/payments">
            <input type="hidden" name="_csrf" value="{{payForm.csrf}}">
            {{#payForm.formError}}<p class="error" role="alert">{{payForm.formError}}</p>{{/payForm.formError}}
            {{#payForm.fields}}{{> field}}{{/payForm.fields}}
            <button type="submit">Record payment</button>
          </form>
        </section>
        {{/canPay}}
        {{#canVoid}}
        <section class="card" aria-labelledby="void-heading">
          <h2 id="void-heading">Void</h2>
          <p class="quiet">Voiding issues a credit note for the whole invoice and frees its entries to be billed again.</p>
          <form method="post" action="{{path}}/void">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <button type="submit" class="danger">Void {{reference}}</button>
          </form>
        </section>
        {{/canVoid}}
        """
}
