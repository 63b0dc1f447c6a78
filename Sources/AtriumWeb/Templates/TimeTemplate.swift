extension Templates {
    /// Entries with filters, the add form, the week grid and the CSV export.
    static let time = """
        <section class="card wide" aria-labelledby="time-heading">
          <h1 id="time-heading">Time</h1>
          <form method="get" action="/time" class="filters" aria-label="Filters">
            <div class="field"><label for="period">Period</label>
              <select id="period" name="period">{{#periods}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/periods}}</select></div>
            <div class="field"><label for="from">From</label><input id="from" name="from" type="date" value="{{filter.from}}"></div>
            <div class="field"><label for="to">To</label><input id="to" name="to" type="date" value="{{filter.to}}"></div>
            <div class="field"><label for="client">Client</label>
              <select id="client" name="client"><option value="">All clients</option>{{#clientOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/clientOptions}}</select></div>
            <div class="field"><label for="project">Project</label>
              <select id="project" name="project"><option value="">All projects</option>{{#projectOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/projectOptions}}</select></div>
            <div class="field"><label for="tag">Tag</label><input id="tag" name="tag" value="{{filter.tag}}" placeholder="writing"></div>
            {{#showPeople}}<div class="field"><label for="person">Person</label>
              <select id="person" name="person"><option value="">Everyone</option>{{#personOptions}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/personOptions}}</select></div>{{/showPeople}}
            <button type="submit">Show</button>
          </form>
          {{#filterError}}<p class="error" role="alert">{{filterError}}</p>{{/filterError}}
          <p>{{periodLabel}} · <strong>{{total}}</strong> in {{count}} entries · <a href="/time/export.csv?{{query}}">Export CSV</a></p>
          {{#hasEntries}}
          <table>
            <thead><tr><th scope="col">#</th><th scope="col">Date</th><th scope="col">Time</th><th scope="col">Client</th><th scope="col">Memo</th><th scope="col" class="num">Hours</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
            {{#entries}}<tr><td>{{number}}</td><td>{{date}}</td><td>{{span}}</td><td>{{target}}{{#person}}<br><small>{{person}}</small>{{/person}}</td><td>{{memo}}{{#tags}} <small>{{tags}}</small>{{/tags}}{{^billable}} <small>(not billable)</small>{{/billable}}</td><td class="num">{{duration}}</td>
              <td class="actions">{{#editable}}<a href="/time/{{number}}/edit">Edit</a>
              <form method="post" action="/time/{{number}}/delete"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" class="link">Delete</button></form>{{/editable}}</td></tr>{{/entries}}
            </tbody>
          </table>
          {{/hasEntries}}
          {{^hasEntries}}<p class="quiet">No entries match.</p>{{/hasEntries}}
        </section>
        {{#grid}}
        <section class="card wide" aria-labelledby="grid-heading">
          <h2 id="grid-heading">Week timesheet</h2>
          <table class="grid-table">
            <thead><tr><th scope="col">Client</th>{{#days}}<th scope="col" class="num">{{.}}</th>{{/days}}<th scope="col" class="num">Total</th></tr></thead>
            <tbody>{{#rows}}<tr><th scope="row">{{client}}</th>{{#cells}}<td class="num">{{.}}</td>{{/cells}}<td class="num"><strong>{{total}}</strong></td></tr>{{/rows}}</tbody>
          </table>
        </section>
        {{/grid}}
        <section class="card" aria-labelledby="add-heading">
          <h2 id="add-heading">Add an entry</h2>
          {{#formError}}<p class="error" role="alert">{{formError}}</p>{{/formError}}
          <form method="post" action="/time">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            {{#fields}}{{> field}}{{/fields}}
            <label class="check"><input type="checkbox" name="billable" value="on"{{#billableChecked}} checked{{/billableChecked}}> Billable</label>
            <label class="check"><input type="checkbox" name="allow_overlap" value="on"> Keep even if it overlaps another entry</label>
            <p><button type="submit">Add entry</button></p>
          </form>
        </section>
        """

    /// Editing one entry.
    static let entryEdit = """
        <section class="card narrow">
          <h1>Edit entry #{{number}}</h1>
          {{#formError}}<p class="error" role="alert">{{formError}}</p>{{/formError}}
          <form method="post" action="/time/{{number}}">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            {{#fields}}{{> field}}{{/fields}}
            <label class="check"><input type="checkbox" name="billable" value="on"{{#billableChecked}} checked{{/billableChecked}}> Billable</label>
            <label class="check"><input type="checkbox" name="allow_overlap" value="on"> Keep even if it overlaps another entry</label>
            <p><button type="submit">Save</button> <a href="/time">Cancel</a></p>
          </form>
        </section>
        """
}
