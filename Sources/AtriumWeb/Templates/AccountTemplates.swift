extension Templates {
    /// A labelled input with its message; used by every form (`{{> field}}` with a field object).
    static let field = """
        <div class="field{{#error}} invalid{{/error}}">
          <label for="{{domID}}">{{label}}</label>
          <input id="{{domID}}" name="{{name}}" type="{{type}}" value="{{value}}"{{#required}} required{{/required}}{{#autocomplete}} autocomplete="{{autocomplete}}"{{/autocomplete}}{{#error}} aria-invalid="true" aria-describedby="{{domID}}-error"{{/error}}>
          {{#hint}}<small>{{hint}}</small>{{/hint}}
          {{#error}}<p class="error" id="{{domID}}-error">{{error}}</p>{{/error}}
        </div>
        """

    /// The first visit: create the workspace and the owner's account, or give a workspace made on
    /// the command line its owner's email and password.
    static let setup = """
        <section class="card narrow">
          <h1>Welcome to Atrium</h1>
          {{#claim}}
          <p>The workspace <strong>{{workspaceName}}</strong> was created on the command line.
          Choose how <strong>{{ownerName}}</strong> signs in.</p>
          {{/claim}}
          {{^claim}}<p>Create your workspace and the owner's account.</p>{{/claim}}
          {{#formError}}<p class="error" role="alert">{{formError}}</p>{{/formError}}
          <form method="post" action="/setup">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            {{#fields}}{{> field}}{{/fields}}
            <button type="submit">{{#claim}}Save and sign in{{/claim}}{{^claim}}Create workspace{{/claim}}</button>
          </form>
        </section>
        """

    static let login = """
        <section class="card narrow">
          <h1>Sign in</h1>
          {{#formError}}<p class="error" role="alert">{{formError}}</p>{{/formError}}
          <form method="post" action="/login">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <input type="hidden" name="next" value="{{next}}">
            {{#fields}}{{> field}}{{/fields}}
            <button type="submit">Sign in</button>
          </form>
        </section>
        """
}
