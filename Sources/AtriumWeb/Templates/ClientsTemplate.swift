extension Templates {
    /// The client list with search, and (for owners) the form to add a client.
    static let clients = """
        <section class="card wide" aria-labelledby="clients-heading">
          <h1 id="clients-heading">Clients</h1>
          <form method="get" action="/clients" role="search" class="search">
            <label for="q">Search clients</label>
            <input id="q" name="q" type="search" value="{{query}}">
            <button type="submit">Search</button>
          </form>
          {{#hasClients}}
          <table>
            <thead><tr><th scope="col">Name</th><th scope="col">Local time</th><th scope="col">Currency</th>{{#showsMoney}}<th scope="col" class="num">Rate</th>{{/showsMoney}}<th scope="col">Rounding</th></tr></thead>
            <tbody>
            {{#clients}}<tr><td><a href="/clients/{{id}}">{{name}}</a>{{#archived}} <small>(archived)</small>{{/archived}}</td><td>{{localTime}} <small>{{zone}}</small></td><td>{{currency}}</td>{{#showsMoney}}<td class="num">{{rate}}</td>{{/showsMoney}}<td>{{rounding}}</td></tr>{{/clients}}
            </tbody>
          </table>
          {{/hasClients}}
          {{^hasClients}}<p class="quiet">No clients{{#query}} match “{{query}}”{{/query}}.</p>{{/hasClients}}
        </section>
        {{#canManage}}
        <section class="card" aria-labelledby="add-client-heading">
          <h2 id="add-client-heading">Add a client</h2>
          {{#formError}}<p class="error" role="alert">{{formError}}</p>{{/formError}}
          <form method="post" action="/clients">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            {{#fields}}{{> field}}{{/fields}}
            <button type="submit">Add client</button>
          </form>
        </section>
        {{/canManage}}
        """
}
