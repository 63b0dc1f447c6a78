extension Templates {
    /// The caller's password and API tokens.
    static let settings = """
        <h1>Settings</h1>
        <div class="grid">
        <section class="card" aria-labelledby="profile-heading">
          <h2 id="profile-heading">Your profile</h2>
          {{#profile.formError}}<p class="error" role="alert">{{profile.formError}}</p>{{/profile.formError}}
          <form method="post" action="/settings/profile">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            {{#profile.fields}}{{> field}}{{/profile.fields}}
            <button type="submit">Save profile</button>
          </form>
        </section>
        {{#canManage}}
        <section class="card" aria-labelledby="workspace-heading">
          <h2 id="workspace-heading">Workspace</h2>
          {{#workspace.formError}}<p class="error" role="alert">{{workspace.formError}}</p>{{/workspace.formError}}
          <form method="post" action="/settings/workspace">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            {{#workspace.fields}}{{> field}}{{/workspace.fields}}
            <div class="field">
              <label for="week_start">Weeks start on</label>
              <select id="week_start" name="week_start">{{#weekdays}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/weekdays}}</select>
            </div>
            <div class="field">
              <label for="invoice_details">On invoices, under your name</label>
              <textarea id="invoice_details" name="invoice_details" rows="4" aria-describedby="invoice_details-hint">{{invoiceDetails}}</textarea>
              <small id="invoice_details-hint">Address, tax number, how to pay (bank, IBAN, CLABE…).</small>
            </div>
            <button type="submit">Save workspace</button>
          </form>
        </section>
        {{/canManage}}
        <section class="card" aria-labelledby="password-heading">
          <h2 id="password-heading">Password</h2>
          {{#password.formError}}<p class="error" role="alert">{{password.formError}}</p>{{/password.formError}}
          <form method="post" action="/settings/password">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            {{#password.fields}}{{> field}}{{/password.fields}}
            <button type="submit">Change password</button>
          </form>
        </section>
        <section class="card" aria-labelledby="tokens-heading">
          <h2 id="tokens-heading">API tokens</h2>
          {{#secret}}
          <div class="secret" role="status">
            <p>Your new token. Copy it now: it is not shown again.</p>
            <code>{{secret}}</code>
          </div>
          {{/secret}}
          {{#hasTokens}}
          <table>
            <thead><tr><th scope="col">Name</th><th scope="col">Starts with</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col"><span class="visually-hidden">Action</span></th></tr></thead>
            <tbody>
            {{#tokens}}<tr><td>{{name}}</td><td><code>{{prefix}}…</code></td><td>{{created}}</td><td>{{lastUsed}}</td><td>
              {{#revoked}}revoked{{/revoked}}
              {{^revoked}}<form method="post" action="/settings/tokens/{{id}}/revoke"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit" class="link">Revoke</button></form>{{/revoked}}
            </td></tr>{{/tokens}}
            </tbody>
          </table>
          {{/hasTokens}}
          {{#token.formError}}<p class="error" role="alert">{{token.formError}}</p>{{/token.formError}}
          <form method="post" action="/settings/tokens">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            {{#token.fields}}{{> field}}{{/token.fields}}
            <button type="submit">Create token</button>
          </form>
        </section>
        </div>
        """
}
