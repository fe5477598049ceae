// Progressive enhancement: keeps "n of N answered" current while a person answers. The page works without it.
(function () {
  "use strict";
  var form = document.querySelector(".questionnaire-form");
  var progress = document.getElementById("progress");
  if (!form || !progress) {
    return;
  }
  var template = progress.textContent.replace(/^\d+/, "{n}");

  function answered() {
    var names = {};
    form.querySelectorAll("input[type=radio]:checked").forEach(function (radio) {
      names[radio.name] = true;
    });
    return Object.keys(names).length;
  }

  form.addEventListener("change", function (event) {
    if (event.target && event.target.type === "radio") {
      progress.textContent = template.replace("{n}", String(answered()));
    }
  });
})();
