extension Templates {
    /// The week on the viewer's clock, meetings and blocks, adding one, and the overlap finder.
    static let schedule = """
        <section class="card wide" aria-labelledby="week-heading">
          <h1 id="week-heading">Schedule · {{weekLabel}}</h1>
          <p class="quiet">On your clock ({{zone}}). Hover an item for its time on the client's clock.
            <a href="/schedule?week={{previousWeek}}">← {{previousWeek}}</a> · <a href="/schedule?week={{nextWeek}}">{{nextWeek}} →</a></p>
          <ol class="week">
          {{#days}}<li><h2>{{label}}</h2>
            <ul>{{#items}}<li class="{{kind}}" title="{{theirs}}"><time>{{start}}–{{end}}</time> {{title}}{{#client}} <small>{{client}}</small>{{/client}}{{#moved}} <em class="moved">moved {{moved}} min</em>{{/moved}}{{#note}}<br><small>{{note}}</small>{{/note}}</li>{{/items}}</ul>
            {{^items}}<p class="quiet">—</p>{{/items}}
          </li>{{/days}}
          </ol>
        </section>

        <section class="card wide" aria-labelledby="items-heading">
          <h2 id="items-heading">Meetings and blocks</h2>
          {{#hasEntries}}
          <table>
            <thead><tr><th scope="col">Title</th><th scope="col">Kind</th><th scope="col">Client</th><th scope="col">When</th><th scope="col">Time</th><th scope="col" class="num">Minutes</th><th scope="col"><span class="visually-hidden">Remove</span></th></tr></thead>
            <tbody>{{#entries}}<tr><td>{{title}}</td><td>{{kind}}</td><td>{{client}}</td><td>{{when}}</td><td>{{time}} {{zone}}</td><td class="num">{{minutes}}</td>
              <td><form method="post" action="/schedule/{{id}}/delete"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" class="link">Remove</button></form></td></tr>{{/entries}}</tbody>
          </table>
          {{/hasEntries}}
          {{^hasEntries}}<p class="quiet">Nothing planned yet.</p>{{/hasEntries}}
          <form method="post" action="/schedule" aria-label="Add a meeting or block">
            <h3>Add</h3>
            <input type="hidden" name="_csrf" value="{{form.csrf}}">
            {{#form.formError}}<p class="error" role="alert">{{form.formError}}</p>{{/form.formError}}
            <div class="field"><label for="kind">Kind</label>
              <select id="kind" name="kind">{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select></div>
            {{#form.fields}}{{> field}}{{/form.fields}}
            <button type="submit">Add</button>
          </form>
        </section>

        <section class="card wide" aria-labelledby="overlap-heading">
          <h2 id="overlap-heading">When is everyone working?</h2>
          <form method="get" action="/schedule" class="filters" aria-label="Overlap finder">
            <input type="hidden" name="week" value="{{week}}">
            <fieldset><legend>Clients</legend>
            {{#overlapClients}}<label><input type="checkbox" name="with" value="{{name}}"{{#checked}} checked{{/checked}}> {{name}}</label> {{/overlapClients}}
            </fieldset>
            <div class="field"><label for="min">Shortest slot</label><input id="min" name="min" value="{{min}}"></div>
            <button type="submit">Find slots in {{weekLabel}}</button>
          </form>
          {{#overlapError}}<p class="error" role="alert">{{overlapError}}</p>{{/overlapError}}
          {{#hasSlots}}
          <table>
            <thead><tr>{{#parties}}<th scope="col">{{.}}</th>{{/parties}}<th scope="col" class="num">Minutes</th></tr></thead>
            <tbody>{{#slots}}<tr>{{#locals}}<td>{{.}}</td>{{/locals}}<td class="num">{{minutes}}</td></tr>{{/slots}}</tbody>
          </table>
          <p class="quiet">{{overlapNote}}</p>
          {{/hasSlots}}
          {{#noSlots}}<p class="quiet">No common slot of at least {{min}} in {{weekLabel}}.</p>{{/noSlots}}
        </section>
        """
}
