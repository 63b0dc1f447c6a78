extension Templates {
    /// One client: profile, projects, tasks, this month's entries and all-time hours; owners edit here.
    static let client = """
        <section class="card wide" aria-labelledby="client-heading">
          <h1 id="client-heading">{{name}}{{#archived}} <small>(archived)</small>{{/archived}}</h1>
          <p>{{zone}} · local time {{localTime}} · {{currency}}{{#showsMoney}} · rate {{rate}}{{/showsMoney}} · rounding {{rounding}} · language {{language}}</p>
          <p>All time: <strong>{{allTime}}</strong> in {{entryCount}} entries.</p>
          {{#retainer}}
          <section aria-labelledby="retainer-heading" class="retainer">
            <h2 id="retainer-heading">Retainer · {{terms}}</h2>
            <p>This period, {{period}}: used <strong>{{used}}</strong> of {{included}} h{{#rolledIn}} + {{rolledIn}} rolled over{{/rolledIn}} ({{usedPercent}} %); left {{left}}; overage {{overage}}.</p>
            <progress max="100" value="{{percent}}" aria-label="Share of the period's hours used">{{usedPercent}} %</progress>
            {{#pace}}<p class="notice">{{pace}}</p>{{/pace}}
            {{#alerts}}<p class="quiet">Alerts reached, on their clock: {{alerts}}.</p>{{/alerts}}
          </section>
          {{/retainer}}
          <h2>Projects</h2>
          {{#hasProjects}}<ul>{{#projects}}<li>{{name}}{{#rate}} — {{rate}}{{/rate}}{{#archived}} <small>(archived)</small>{{/archived}}</li>{{/projects}}</ul>{{/hasProjects}}
          {{^hasProjects}}<p class="quiet">No projects.</p>{{/hasProjects}}
          <h2 id="tasks-heading">Tasks</h2>
          {{#hasTasks}}
          <table aria-labelledby="tasks-heading">
            <thead><tr><th scope="col">Task</th><th scope="col">Project</th>{{#showsMoney}}<th scope="col">Rate</th>{{/showsMoney}}{{#canManage}}<th scope="col"><span class="visually-hidden">Change</span></th>{{/canManage}}</tr></thead>
            <tbody>{{#tasks}}<tr><td>{{name}}{{#archived}} <small>(archived)</small>{{/archived}}</td><td>{{project}}</td>{{#showsMoney}}<td>{{rate}}</td>{{/showsMoney}}{{#canManage}}<td>
              <form method="post" action="/clients/{{clientID}}/tasks/{{id}}" class="inline-form">
                <input type="hidden" name="_csrf" value="{{csrf}}">
                <label for="task-rate-{{id}}" class="visually-hidden">Hourly rate of {{name}}</label>
                <input id="task-rate-{{id}}" name="rate" value="{{rateValue}}" size="8" placeholder="rate">
                <button type="submit">Save rate</button>
                <button type="submit" name="archived" value="{{^archived}}on{{/archived}}{{#archived}}off{{/archived}}" class="link">{{#archived}}Bring back{{/archived}}{{^archived}}Archive{{/archived}}</button>
              </form></td>{{/canManage}}</tr>{{/tasks}}</tbody>
          </table>
          {{/hasTasks}}
          {{^hasTasks}}<p class="quiet">No tasks.</p>{{/hasTasks}}
          {{#taskError}}<p class="error" role="alert">{{taskError}}</p>{{/taskError}}
          <h2>This month</h2>
          {{#hasEntries}}
          <table>
            <thead><tr><th scope="col">#</th><th scope="col">Date</th><th scope="col">Project</th><th scope="col">Memo</th><th scope="col" class="num">Hours</th></tr></thead>
            <tbody>{{#entries}}<tr><td>{{number}}</td><td>{{date}}</td><td>{{project}}</td><td>{{memo}}</td><td class="num">{{duration}}</td></tr>{{/entries}}</tbody>
          </table>
          {{/hasEntries}}
          {{^hasEntries}}<p class="quiet">No entries this month.</p>{{/hasEntries}}
        </section>
        {{#canManage}}
        <div class="grid">
        <section class="card" aria-labelledby="edit-heading">
          <h2 id="edit-heading">Edit</h2>
          {{#formError}}<p class="error" role="alert">{{formError}}</p>{{/formError}}
          <form method="post" action="/clients/{{id}}">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            {{#fields}}{{> field}}{{/fields}}
            <button type="submit">Save</button>
          </form>
          <form method="post" action="/clients/{{id}}/archive" class="inline-form">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <input type="hidden" name="archived" value="{{^archived}}on{{/archived}}">
            <button type="submit" class="link">{{#archived}}Bring back{{/archived}}{{^archived}}Archive this client{{/archived}}</button>
          </form>
        </section>
        <section class="card" aria-labelledby="project-heading">
          <h2 id="project-heading">Add a project</h2>
          {{#projectError}}<p class="error" role="alert">{{projectError}}</p>{{/projectError}}
          <form method="post" action="/clients/{{id}}/projects">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div class="field"><label for="project-name">Name</label><input id="project-name" name="name" required></div>
            <div class="field"><label for="project-rate">Hourly rate (optional)</label><input id="project-rate" name="rate"><small>In {{currency}}; the client's rate when empty</small></div>
            <button type="submit">Add project</button>
          </form>
        </section>
        <section class="card" aria-labelledby="task-heading">
          <h2 id="task-heading">Add a task</h2>
          <form method="post" action="/clients/{{id}}/tasks">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div class="field"><label for="task-name">Name</label><input id="task-name" name="name" required></div>
            <div class="field"><label for="task-project">Project (optional)</label><select id="task-project" name="project"><option value="">None</option>{{#projectOptions}}<option value="{{id}}">{{name}}</option>{{/projectOptions}}</select><small>The task's entries are then in this project</small></div>
            <div class="field"><label for="task-rate">Hourly rate (optional)</label><input id="task-rate" name="rate"><small>In {{currency}}; comes before the project's and the client's rate</small></div>
            <button type="submit">Add task</button>
          </form>
        </section>
        </div>
        {{/canManage}}
        """
}
