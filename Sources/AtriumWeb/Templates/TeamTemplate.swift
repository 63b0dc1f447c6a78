extension Templates {
    /// The owner's team page: people and their clients, invitations.
    static let team = """
        <section class="card wide" aria-labelledby="team-heading">
          <h1 id="team-heading">Team</h1>
          <table>
            <thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Clients they see</th></tr></thead>
            <tbody>
            {{#people}}<tr><td>{{name}}{{^hasAccess}} <small>(no access)</small>{{/hasAccess}}
              {{#canRemove}}<form method="post" action="/team/{{id}}/remove"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" class="link">Remove access</button></form>{{/canRemove}}</td><td>{{email}}</td><td>{{role}}
              {{#canChangeRole}}<form method="post" action="/team/{{id}}/role"><input type="hidden" name="_csrf" value="{{csrf}}"><input type="hidden" name="role" value="{{otherRole}}"><button type="submit" class="link">Make {{otherRole}}</button></form>{{/canChangeRole}}</td><td>
              {{#isOwner}}all clients{{/isOwner}}
              {{^isOwner}}
              <form method="post" action="/team/{{id}}/clients">
                <input type="hidden" name="_csrf" value="{{csrf}}">
                <fieldset><legend class="visually-hidden">Clients {{name}} sees</legend>
                {{#clients}}<label class="check"><input type="checkbox" name="client_{{id}}" value="on"{{#checked}} checked{{/checked}}> {{name}}</label>{{/clients}}
                </fieldset>
                <button type="submit" class="link">Save</button>
              </form>
              {{/isOwner}}
            </td></tr>{{/people}}
            </tbody>
          </table>
        </section>
        <div class="grid">
        <section class="card" aria-labelledby="invite-heading">
          <h2 id="invite-heading">Invite someone</h2>
          {{#link}}
          <div class="secret" role="status">
            <p>Send this link to {{linkName}}. It works once, for 7 days, and is not shown again.</p>
            <code>{{link}}</code>
          </div>
          {{/link}}
          {{#formError}}<p class="error" role="alert">{{formError}}</p>{{/formError}}
          <form method="post" action="/team/invites">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            {{#fields}}{{> field}}{{/fields}}
            <div class="field">
              <label for="role">Role</label>
              <select id="role" name="role">
                <option value="member">Member: sees the clients below and their own time</option>
                <option value="owner">Owner: sees and manages everything</option>
              </select>
            </div>
            <fieldset><legend>Clients a member sees</legend>
            {{#inviteClients}}<label class="check"><input type="checkbox" name="client_{{id}}" value="on"> {{name}}</label>{{/inviteClients}}
            </fieldset>
            <button type="submit">Create invitation link</button>
          </form>
        </section>
        <section class="card" aria-labelledby="open-heading">
          <h2 id="open-heading">Open invitations</h2>
          {{#hasInvites}}
          <ul>{{#invites}}<li>{{name}} &lt;{{email}}&gt;, {{role}}, until {{expires}}
            <form method="post" action="/team/invites/{{hash}}/revoke" class="actions"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" class="link">Withdraw</button></form></li>{{/invites}}</ul>
          {{/hasInvites}}
          {{^hasInvites}}<p class="quiet">None.</p>{{/hasInvites}}
        </section>
        </div>
        """

    /// Accepting an invitation: the invited person chooses a password.
    static let invite = """
        <section class="card narrow">
          <h1>Join {{workspaceName}}</h1>
          <p>You were invited as <strong>{{name}}</strong> ({{email}}). Choose a password to sign in with.</p>
          {{#formError}}<p class="error" role="alert">{{formError}}</p>{{/formError}}
          <form method="post" action="/invite/{{token}}">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            {{#fields}}{{> field}}{{/fields}}
            <button type="submit">Join</button>
          </form>
        </section>
        """
}
