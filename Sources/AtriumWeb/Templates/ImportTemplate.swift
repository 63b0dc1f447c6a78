extension Templates {
    /// Uploading another tool's export: the choices, then the preview or the result.
    static let importPage = """
        <section class="card wide" aria-labelledby="import-heading">
          <h1 id="import-heading">Import time entries</h1>
          <p class="quiet">From Toggl Track, Clockify, Harvest or Kimai (CSV), Watson (the frames file) or
            Timewarrior (a .data file or timew export). Clients, projects, people and tags are matched by name
            or created; rates and amounts in the file stay on each entry. Preview first: nothing is written
            until you import, and importing the same file again adds nothing.</p>
          {{#report}}
          <div class="{{#refused}}error{{/refused}}{{^refused}}notice{{/refused}}" role="status">
            <p><strong>{{headline}}</strong> <small>{{speed}}</small></p>
            {{#hasFigures}}<ul>{{#created}}<li>New {{kind}} ({{count}}): {{names}}</li>{{/created}}
              {{#figures}}<li>{{.}}</li>{{/figures}}</ul>{{/hasFigures}}
            {{#hasProblems}}<p>{{problemRows}} cannot be read{{#refused}}, so nothing can be imported unless they are skipped{{/refused}}:</p>
            <ol class="problems">{{#problems}}<li><code>{{.}}</code></li>{{/problems}}</ol>{{/hasProblems}}
            {{#preview}}{{^refused}}<p>Preview only: nothing was written yet.</p>{{/refused}}{{/preview}}
          </div>
          {{/report}}
          <form method="post" action="/import" enctype="multipart/form-data" aria-label="Import a file">
            <input type="hidden" name="_csrf" value="{{form.csrf}}">
            <input type="hidden" name="upload" value="{{#upload}}{{token}}{{/upload}}">
            {{#form.formError}}<p class="error" role="alert">{{form.formError}}</p>{{/form.formError}}
            <div class="field"><label for="format">From</label>
              <select id="format" name="format">{{#formats}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/formats}}</select>
              {{#errors.format}}<p class="error" id="format-error">{{errors.format}}</p>{{/errors.format}}</div>
            <div class="field"><label for="file">Export file</label>
              <input id="file" name="file" type="file"{{#errors.file}} aria-invalid="true" aria-describedby="file-error"{{/errors.file}}>
              {{#errors.file}}<p class="error" id="file-error">{{errors.file}}</p>{{/errors.file}}
              {{#upload}}<small class="hint">The file chosen before is kept: choose another only to replace it.</small>{{/upload}}</div>
            {{#form.fields}}{{> field}}{{/form.fields}}
            <div class="field"><label for="person">Whose entries</label>
              <select id="person" name="person">{{#people}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/people}}</select>
              {{#errors.person}}<p class="error" id="person-error">{{errors.person}}</p>{{/errors.person}}</div>
            <div class="field"><label for="map">Map people</label>
              <textarea id="map" name="map" rows="3" aria-describedby="map-hint">{{map}}</textarea>
              <small id="map-hint" class="hint">One per line: the name (or email) in the file = a person here, e.g. Peter Tester = Maria Lopez. Others are matched by name or added.</small>
              {{#errors.map}}<p class="error" id="map-error">{{errors.map}}</p>{{/errors.map}}</div>
            <div class="field"><label for="dateFormat">Clockify dates</label>
              <select id="dateFormat" name="dateFormat">{{#dateFormats}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/dateFormats}}</select></div>
            <div class="field"><label><input type="checkbox" name="skipBadRows" value="1"{{#skipBadRows}} checked{{/skipBadRows}}> Import the good rows even when some cannot be read</label></div>
            <button type="submit" name="action" value="preview">Preview</button>
            {{#canImport}}<button type="submit" name="action" value="import">Import</button>{{/canImport}}
          </form>
        </section>
        """
}
