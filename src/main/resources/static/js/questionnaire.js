// Progressive enhancement for the questionnaire; the page works fully without it.
// - keeps "n of N answered" current while a person answers;
// - saves a draft in the background a moment after each change, and says when it last saved.
(function () {
  "use strict";
  var form = document.querySelector(".questionnaire-form");
  var progress = document.getElementById("progress");
  var savedAt = document.getElementById("saved-at");
  if (!form || !progress) {
    return;
  }
  var template = progress.textContent.replace(/^\d+/, "{n}");
  var autosave = form.getAttribute("data-autosave") === "on" && window.fetch && window.FormData;
  var timer = null;
  var saving = false;
  var pending = false;
  var submitAfterSave = null;

  // a question counts once every row it asks is chosen: one row, or "today" and "in a year" when a round asks targets
  function answered() {
    var count = 0;
    form.querySelectorAll(".question").forEach(function (question) {
      var names = {};
      question.querySelectorAll("input[type=radio]").forEach(function (radio) {
        names[radio.name] = names[radio.name] || radio.checked;
      });
      var rows = Object.keys(names);
      if (rows.length > 0 && rows.every(function (name) { return names[name]; })) {
        count++;
      }
    });
    return count;
  }

  function save() {
    if (saving) {
      pending = true;
      return;
    }
    saving = true;
    var data = new FormData(form);
    data.set("action", "autosave");
    // getAttribute: the buttons are named "action", which shadows form.action
    fetch(form.getAttribute("action"), {method: "POST", body: data, credentials: "same-origin", headers: {"Accept": "application/json"}})
      .then(function (response) {
        return response.json().then(function (body) {
          return {ok: response.ok, body: body};
        });
      })
      .then(function (result) {
        if (result.ok) {
          form.querySelector("input[name=lockVersion]").value = result.body.lockVersion;
          savedAt.textContent = savedAt.getAttribute("data-autosaved").replace("{0}", result.body.savedAt);
        } else {
          savedAt.textContent = savedAt.getAttribute("data-failed");
        }
      })
      .catch(function () {
        savedAt.textContent = savedAt.getAttribute("data-failed");
      })
      .then(function () {
        saving = false;
        if (submitAfterSave) {
          // the person pressed a button while a background save was under way: send their form now,
          // with the version that save produced, so it does not look like an edit from elsewhere
          var button = submitAfterSave.button;
          submitAfterSave = null;
          if (button) {
            form.requestSubmit(button);
          } else {
            form.requestSubmit();
          }
        } else if (pending) {
          pending = false;
          save();
        }
      });
  }

  function changed(event) {
    if (event.target && event.target.type === "radio") {
      progress.textContent = template.replace("{n}", String(answered()));
    }
    if (autosave) {
      clearTimeout(timer);
      timer = setTimeout(save, 800);
    }
  }

  form.addEventListener("change", changed);
  form.addEventListener("submit", function (event) {
    clearTimeout(timer);
    pending = false;
    if (saving) {
      event.preventDefault();
      submitAfterSave = {button: event.submitter || null};
    }
  });
  form.addEventListener("input", function (event) {
    if (event.target && event.target.tagName === "TEXTAREA" && autosave) {
      clearTimeout(timer);
      timer = setTimeout(save, 1500);
    }
  });
})();
