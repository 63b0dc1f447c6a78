extension Templates {
    /// The dashboard: the running timer (or the form to start one), hours per client today and
    /// this week, each client's local time, and the latest entries.
    static let dashboard = """
        <div class="grid">
        <section class="card timer" aria-labelledby="timer-heading">
          <h1 id="timer-heading">Timer</h1>
          {{#formError}}<p class="error" role="alert">{{formError}}</p>{{/formError}}
          {{#running}}
          <p class="running"><span class="dot" aria-hidden="true"></span>
            <strong>{{target}}</strong>{{#memo}} — {{memo}}{{/memo}}</p>
          <p class="elapsed"><time data-elapsed-seconds="{{elapsedSeconds}}" datetime="{{startISO}}">{{elapsed}}</time>
            <small>since {{startLocal}}</small></p>
          <form method="post" action="/timer/stop">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <button type="submit" class="stop">Stop</button>
          </form>
          {{/running}}
          {{^running}}
          <form method="post" action="/timer/start" class="start">
            <input type="hidden" name="_csrf" value="{{csrf}}">
            <div class="field{{#targetError}} invalid{{/targetError}}">
              <label for="target">Client or client/project</label>
              <input id="target" name="target" list="targets" value="{{form.target}}" required{{#targetError}} aria-invalid="true" aria-describedby="target-error"{{/targetError}}>
              <datalist id="targets">{{#targets}}<option value="{{.}}">{{/targets}}</datalist>
              {{#targetError}}<p class="error" id="target-error">{{targetError}}</p>{{/targetError}}
            </div>
            <div class="field{{#taskError}} invalid{{/taskError}}">
              <label for="task">Task (optional)</label>
              <input id="task" name="task" list="tasks" value="{{form.task}}"{{#taskError}} aria-invalid="true" aria-describedby="task-error"{{/taskError}}>
              <datalist id="tasks">{{#tasks}}<option value="{{.}}">{{/tasks}}</datalist>
              {{#taskError}}<p class="error" id="task-error">{{taskError}}</p>{{/taskError}}
            </div>
            <div class="field">
              <label for="memo">What are you working on?</label>
              <input id="memo" name="memo" value="{{form.memo}}">
            </div>
            <div class="field{{#tagsError}} invalid{{/tagsError}}">
              <label for="tags">Tags</label>
              <input id="tags" name="tags" value="{{form.tags}}" placeholder="+writing, rush"{{#tagsError}} aria-invalid="true" aria-describedby="tags-error"{{/tagsError}}>
              {{#tagsError}}<p class="error" id="tags-error">{{tagsError}}</p>{{/tagsError}}
            </div>
            <button type="submit">Start</button>
          </form>
          {{/running}}
          <p class="today">Today: <strong>{{todayTotal}}</strong> · This week: <strong>{{weekTotal}}</strong></p>
          {{#weekAmounts}}<p class="quiet">This week bills {{weekAmounts}}{{#weekInBase}} — in the base currency {{weekInBase}}{{/weekInBase}}.{{#weekGap}} {{weekGap}}{{/weekGap}}</p>{{/weekAmounts}}
        </section>

        <section class="card" aria-labelledby="hours-heading">
          <h2 id="hours-heading">Hours per client</h2>
          {{#hasHours}}
          <table>
            <thead><tr><th scope="col">Client</th><th scope="col" class="num">Today</th><th scope="col" class="num">This week</th></tr></thead>
            <tbody>
            {{#hours}}<tr><td>{{client}}</td><td class="num">{{today}}</td><td class="num">{{week}}</td></tr>{{/hours}}
            </tbody>
          </table>
          {{/hasHours}}
          {{^hasHours}}<p class="quiet">No time tracked this week yet.</p>{{/hasHours}}
        </section>

        <section class="card" aria-labelledby="clocks-heading">
          <h2 id="clocks-heading">Clients' local time</h2>
          <ul class="clocks">
          {{#clocks}}<li><span>{{client}}</span> <time>{{localTime}}</time>{{#hasStatus}} <em class="{{#isOpen}}open{{/isOpen}}{{^isOpen}}closed{{/isOpen}}">{{status}}</em>{{/hasStatus}} <small>{{day}} · {{zone}} ({{offset}})</small></li>{{/clocks}}
          </ul>
          {{^hasClocks}}<p class="quiet">No clients yet. <a href="/clients">Add one</a>.</p>{{/hasClocks}}
        </section>

        <section class="card wide" aria-labelledby="latest-heading">
          <h2 id="latest-heading">Latest entries</h2>
          {{#hasLatest}}
          <table>
            <thead><tr><th scope="col">#</th><th scope="col">When</th><th scope="col">Client</th><th scope="col">Memo</th><th scope="col" class="num">Time</th></tr></thead>
            <tbody>
            {{#latest}}<tr><td>{{number}}</td><td>{{when}}</td><td>{{target}}</td><td>{{memo}}</td><td class="num">{{duration}}</td></tr>{{/latest}}
            </tbody>
          </table>
          {{/hasLatest}}
          {{^hasLatest}}<p class="quiet">No entries this week.</p>{{/hasLatest}}
        </section>
        </div>
        """
}
